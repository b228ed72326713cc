package cn.bjrenovation.planning.design.domain;

import java.util.List;

/** Residents' opinions recorded on design cases. */
public interface Opinions {

	void add(OpinionCollection collection);

	/** The case's collections, oldest first. */
	List<OpinionCollection> recordedFor(ProjectId projectId);

}
