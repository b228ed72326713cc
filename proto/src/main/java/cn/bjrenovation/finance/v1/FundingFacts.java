package cn.bjrenovation.finance.v1;

import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * How to read the facts on {@code finance.funding}, as finance's contract defines them (schema version 1): one event
 * per change of a project's funding plan (资金方案), keyed by project id, in order. Every payload carries the plan as
 * it is after the fact ({@link FundingPlan}), so a consumer that only needs "where is the money of this project" reads
 * {@link #plan} whatever the type. Housing starts construction once {@link #FUNDING_COMMITTED} arrives with stage
 * {@code POSTED} ({@link #fundingInPlace}). Consumers subscribe to {@link #TOPIC}; types not in {@link #TYPES} (later
 * versions) are to be skipped, not dead-lettered.
 */
public final class FundingFacts {

	public static final String TOPIC = "finance.funding";

	public static final int SCHEMA_VERSION = 1;

	/** The plan was drafted from an approved design: {@link FundingPlanned}. */
	public static final String FUNDING_PLANNED = "FundingPlanned";

	/** The government part was held or posted on budget lines: {@link FundingCommitted}. */
	public static final String FUNDING_COMMITTED = "FundingCommitted";

	/** A milestone's tranche was paid: {@link TrancheDisbursed}. */
	public static final String TRANCHE_DISBURSED = "TrancheDisbursed";

	/** A tranche was refused and put on the exceptions list: {@link DisbursementRefused}. */
	public static final String DISBURSEMENT_REFUSED = "DisbursementRefused";

	/** Holds voided and commitments released (project left the plan or withdrawn): {@link FundingVoided}. */
	public static final String FUNDING_VOIDED = "FundingVoided";

	/** The design was returned before commitment; the plan waits for the next scheme: {@link FundingReturnedToDraft}. */
	public static final String FUNDING_RETURNED_TO_DRAFT = "FundingReturnedToDraft";

	@FunctionalInterface
	private interface Reader {

		FundingPlan plan(ByteString payload) throws InvalidProtocolBufferException;

	}

	private static final Map<String, Reader> READERS = Map.of(
			FUNDING_PLANNED, bytes -> FundingPlanned.parseFrom(bytes).getPlan(),
			FUNDING_COMMITTED, bytes -> FundingCommitted.parseFrom(bytes).getPlan(),
			TRANCHE_DISBURSED, bytes -> TrancheDisbursed.parseFrom(bytes).getPlan(),
			DISBURSEMENT_REFUSED, bytes -> DisbursementRefused.parseFrom(bytes).getPlan(),
			FUNDING_VOIDED, bytes -> FundingVoided.parseFrom(bytes).getPlan(),
			FUNDING_RETURNED_TO_DRAFT, bytes -> FundingReturnedToDraft.parseFrom(bytes).getPlan());

	/** Every type of schema version 1, in the order a plan usually meets them; each carries a {@link FundingPlan}. */
	public static final List<String> TYPES = List.of(FUNDING_PLANNED, FUNDING_COMMITTED, TRANCHE_DISBURSED,
			DISBURSEMENT_REFUSED, FUNDING_VOIDED, FUNDING_RETURNED_TO_DRAFT);

	private FundingFacts() {
	}

	/**
	 * The plan as it is after the fact of this type.
	 * @throws IllegalArgumentException when the type is not one of {@link #TYPES}
	 * @throws InvalidProtocolBufferException when the payload is not that type's message
	 */
	public static FundingPlan plan(String type, ByteString payload) throws InvalidProtocolBufferException {
		Reader reader = READERS.get(type);
		if (reader == null) {
			throw new IllegalArgumentException(type + " is no funding fact of schema version " + SCHEMA_VERSION);
		}
		return reader.plan(payload);
	}

	/** Whether the fact says the project's government funding is in place (committed and posted). */
	public static boolean fundingInPlace(String type, ByteString payload) throws InvalidProtocolBufferException {
		return FUNDING_COMMITTED.equals(type)
				&& FundingCommitted.parseFrom(payload).getStage() == FundingCommitted.CommitmentStage.POSTED;
	}

}
