package cn.bjrenovation.housing.messaging;

import cn.bjrenovation.platform.events.OutboundEvents;

/**
 * The facts one feature of housing publishes, and how each maps to its payload. A service has one outbox
 * externalization, so each feature declares its routes as a bean of this type and {@link HousingOutboxConfiguration}
 * gathers them all.
 */
@FunctionalInterface
public interface EventRoutes {

	/** Adds this feature's routes to the service's. */
	OutboundEvents addTo(OutboundEvents events);

}
