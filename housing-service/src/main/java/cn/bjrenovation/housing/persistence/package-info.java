/**
 * How the rows of the {@code housing} schema's shared tables read and write — communities, buildings, the actor of a
 * change — for every feature whose persistence reads those tables (the community database, the ledger, the survey
 * import). Features meet here, in their own service's schema, rather than in each other's adapters.
 */
package cn.bjrenovation.housing.persistence;
