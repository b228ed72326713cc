package cn.bjrenovation.planning.design.domain;

import java.util.List;

/** The permits of approved schemes' items. */
public interface ItemPermits {

	/** Replaces the case's permits by these (one per item of the approved version). */
	void replace(ProjectId projectId, int schemeVersion, List<ItemPermit> permits);

	/** The case's permits, in item order. */
	List<ItemPermit> permitsOf(ProjectId projectId);

}
