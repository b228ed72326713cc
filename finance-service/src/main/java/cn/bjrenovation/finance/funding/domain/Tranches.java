package cn.bjrenovation.finance.funding.domain;

import java.util.List;
import java.util.Optional;

/** Tranches paid and tranches refused. */
public interface Tranches {

	Optional<Tranche> find(ProjectId project, Milestone milestone);

	Optional<Tranche> bySourceEvent(String sourceEventId);

	List<Tranche> of(ProjectId project);

	void add(Tranche tranche);

	void refused(DisbursementException exception);

	/** The newest refusals first. */
	List<DisbursementException> exceptions(int limit);

}
