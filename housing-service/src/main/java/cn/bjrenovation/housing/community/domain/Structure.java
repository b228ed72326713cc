package cn.bjrenovation.housing.community.domain;

import cn.bjrenovation.platform.validation.Labelled;

/** A building's load-bearing structure (结构形式). */
public enum Structure implements Labelled {

	BRICK_CONCRETE("砖混"), BRICK_WOOD("砖木"), FRAME("框架"), SHEAR_WALL("剪力墙"), OTHER("其他");

	private final String label;

	Structure(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

}
