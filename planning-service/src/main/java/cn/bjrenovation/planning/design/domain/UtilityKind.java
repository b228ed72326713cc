package cn.bjrenovation.planning.design.domain;

/** The utility network a pipeline item touches (DOMAIN §6): which operators pipeline coordination (管线统筹) calls. */
public enum UtilityKind {

	WATER, DRAINAGE, POWER, GAS, HEATING, TELECOM, FIBRE, OVERHEAD_LINES

}
