package cn.bjrenovation.democity;

import java.math.BigDecimal;

/**
 * One row of the survey's buildings file: a residential building (楼栋) of the community named by
 * {@code (streetCode, communityName)}.
 *
 * @param number unique within its community, e.g. "12号楼"
 * @param units entrances (单元)
 * @param floorArea m², 2 decimals
 * @param dangerousGrade the JGJ 125 appraisal, or null when the building has not been appraised
 * @param simpleBuilding a 简易楼: a low, cheaply built block of the 1950s–70s
 */
public record Building(String streetCode, String communityName, String number, int floors, int units,
		int buildYear, Structure structure, BigDecimal floorArea, int households, boolean seismicReinforcementNeeded,
		boolean energyRetrofitNeeded, Elevator elevator, DangerousGrade dangerousGrade, boolean simpleBuilding) {

	/** 结构形式. */
	public enum Structure {

		/** 砖混. */
		BRICK_CONCRETE,
		/** 砖木. */
		BRICK_WOOD,
		/** 框架. */
		FRAME,
		/** 剪力墙. */
		SHEAR_WALL,
		/** e.g. 大板 (prefabricated large panels). */
		OTHER

	}

	public enum Elevator {

		/** 无电梯. */
		NO_ELEVATOR,
		/** 原有电梯. */
		EXISTING,
		/** 已加装. */
		ADDED,
		/** 具备加装条件. */
		FEASIBLE

	}

	/** 危房等级 after JGJ 125: A sound … D the whole building dangerous. */
	public enum DangerousGrade {

		A, B, C, D

	}

}
