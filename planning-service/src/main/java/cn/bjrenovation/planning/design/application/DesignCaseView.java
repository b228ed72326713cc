package cn.bjrenovation.planning.design.application;

import java.util.List;

import cn.bjrenovation.planning.design.domain.Attachment;
import cn.bjrenovation.planning.design.domain.DesignCase;
import cn.bjrenovation.planning.design.domain.ItemPermit;
import cn.bjrenovation.planning.design.domain.OpinionCollection;
import cn.bjrenovation.planning.design.domain.PostRenovationEvaluation;
import cn.bjrenovation.planning.illegalconstruction.domain.IllegalConstruction;
import cn.bjrenovation.planning.planner.domain.PlannerAssignment;

/**
 * A design case with everything gathered on it, as a read answers it.
 *
 * @param planner the street's planner now; null when the street has none
 * @param evaluation null until recorded
 */
public record DesignCaseView(DesignCase designCase, List<OpinionCollection> opinions, List<Attachment> attachments,
		List<ItemPermit> permits, List<IllegalConstruction> openIllegalConstructions,
		PostRenovationEvaluation evaluation, PlannerAssignment planner) {
}
