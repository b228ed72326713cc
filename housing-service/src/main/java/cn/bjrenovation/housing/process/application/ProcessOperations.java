package cn.bjrenovation.housing.process.application;

/** The duty-policy operations of the renovation journey (platform-core {@code policy/duties.yml}). */
final class ProcessOperations {

	/** A project's journey, read as the project is read. */
	static final String READ = "housing.process.read";

	/** The overdue items: the commission city-wide, a district its own. */
	static final String OVERDUE = "housing.process.overdue";

	private ProcessOperations() {
	}

}
