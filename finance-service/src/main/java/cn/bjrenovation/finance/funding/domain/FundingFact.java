package cn.bjrenovation.finance.funding.domain;

import java.time.Instant;
import java.util.List;

import cn.bjrenovation.platform.envelope.EventMetadata;
import cn.bjrenovation.platform.envelope.IntegrationEvent;

/**
 * The facts finance publishes about a project's funding on {@code finance.funding}, keyed by project id; each carries
 * the plan after the fact and what was paid so far. The wire names are the {@code TYPE} constants, never the class
 * names.
 */
public sealed interface FundingFact extends IntegrationEvent {

	FundingPlan plan();

	/** Paid to the project so far, fen. */
	long disbursedFen();

	@Override
	default String aggregateId() {
		return plan().project().id().toString();
	}

	/** The plan was drafted (or redrafted) from an approved design. */
	record Planned(EventMetadata metadata, FundingPlan plan, long disbursedFen) implements FundingFact {

		public static final String TYPE = "FundingPlanned";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/** The government part was held ({@code posted} false) or posted. */
	record Committed(EventMetadata metadata, FundingPlan plan, long disbursedFen, boolean posted, String by,
			Instant at) implements FundingFact {

		public static final String TYPE = "FundingCommitted";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/** A milestone's tranche was paid. */
	record Disbursed(EventMetadata metadata, FundingPlan plan, long disbursedFen, Tranche tranche) implements FundingFact {

		public static final String TYPE = "TrancheDisbursed";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/** A tranche was refused and listed as an exception. */
	record Refused(EventMetadata metadata, FundingPlan plan, long disbursedFen, DisbursementException exception)
			implements FundingFact {

		public static final String TYPE = "DisbursementRefused";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/** Holds voided and commitments released. */
	record Voided(EventMetadata metadata, FundingPlan plan, long disbursedFen, long releasedFen, List<String> reasons,
			Instant at) implements FundingFact {

		public static final String TYPE = "FundingVoided";

		@Override
		public String type() {
			return TYPE;
		}

	}

	/** Planning returned the design before commitment: holds voided, the plan waits for the next scheme. */
	record ReturnedToDraft(EventMetadata metadata, FundingPlan plan, long disbursedFen, int returnedSchemeVersion,
			long releasedFen, List<String> reasons, String sourceEventId, Instant at) implements FundingFact {

		public static final String TYPE = "FundingReturnedToDraft";

		@Override
		public String type() {
			return TYPE;
		}

	}

}
