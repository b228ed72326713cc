-- Runs once, on the first start of the compose postgres container (empty data volume), as the superuser.
-- One database for the suite; inside it every service gets its own login user and a schema that user owns,
-- so a service can neither read nor migrate another service's tables. Passwords are for local use only.

CREATE DATABASE renovation;
REVOKE ALL ON DATABASE renovation FROM PUBLIC;

CREATE USER housing  WITH PASSWORD 'housing-dev';
CREATE USER finance  WITH PASSWORD 'finance-dev';
CREATE USER planning WITH PASSWORD 'planning-dev';
CREATE USER pipeline WITH PASSWORD 'pipeline-dev';
GRANT CONNECT ON DATABASE renovation TO housing, finance, planning, pipeline;

\connect renovation

CREATE SCHEMA housing  AUTHORIZATION housing;
CREATE SCHEMA finance  AUTHORIZATION finance;
CREATE SCHEMA planning AUTHORIZATION planning;
CREATE SCHEMA pipeline AUTHORIZATION pipeline;

-- Unqualified names (Flyway's history table, JDBC queries) resolve to the service's own schema.
ALTER ROLE housing  IN DATABASE renovation SET search_path = housing;
ALTER ROLE finance  IN DATABASE renovation SET search_path = finance;
ALTER ROLE planning IN DATABASE renovation SET search_path = planning;
ALTER ROLE pipeline IN DATABASE renovation SET search_path = pipeline;
