package cn.bjrenovation.platform.events;

/**
 * The facts one feature of a service publishes, and how each maps to its payload. A service has one outbox
 * externalization, so each feature declares its routes as a bean of this type and the platform gathers them all into
 * the service's {@link OutboundEvents} (with the audit records), unless the service declares its own externalization.
 */
@FunctionalInterface
public interface EventRoutes {

	/** Adds this feature's routes to the service's. */
	OutboundEvents addTo(OutboundEvents events);

}
