package cn.bjrenovation.platform.envelope;

/**
 * A fact that leaves its service through the outbox. Implemented by domain event records; the mapping to
 * the protobuf payload is declared per type in {@link OutboundTopic}.
 */
public interface IntegrationEvent {

	EventMetadata metadata();

	/** The id of the aggregate the fact is about: the Kafka record key, so one aggregate's events stay in order. */
	String aggregateId();

	/**
	 * Past-tense name of the fact on the wire, as consumers dispatch on it. Declared by each event (a constant),
	 * never derived from the Java class, so renaming a class does not change the contract.
	 */
	String type();

}
