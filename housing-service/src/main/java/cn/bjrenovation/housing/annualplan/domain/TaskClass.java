package cn.bjrenovation.housing.annualplan.domain;

import java.util.Comparator;
import java.util.List;

import cn.bjrenovation.housing.project.domain.ItemClass;
import cn.bjrenovation.housing.project.domain.RenovationItem;

/**
 * The class of one renovation task (一个小区的改造任务) in a year's plan: the class of its most advanced content. The plan
 * (§三(一), A1-6/7/8) classes renovation content as 基础类 (safety and basic needs, government subsidy first), 完善类 and
 * 提升类 (pushed "根据社会资本参与情况"); a task that wants only basic items is a <b>basic-class task</b>, one that also
 * wants complete items a complete-class task, one with any upgrade item an upgrade-class task. So the 20% floor
 * guarantees that at least a fifth of a year's volume goes to communities getting the basic renovation the city pays
 * for first, whatever social capital brings to the others; counting every task that merely includes a basic item
 * would make the rule hold for almost any plan, since nearly every application asks for some basic item.
 */
public final class TaskClass {

	private TaskClass() {
	}

	/** The highest class among the items: UPGRADE over COMPLETE over BASIC; BASIC for a task with no items. */
	public static ItemClass of(List<RenovationItem> items) {
		return items.stream().map(RenovationItem::itemClass).max(Comparator.naturalOrder()).orElse(ItemClass.BASIC);
	}

}
