package cn.bjrenovation.planning.design.domain;

/** Class of a renovation item: 基础类 (A1-6), 完善类 (A1-7), 提升类 (A1-8). */
public enum ItemClass {

	BASIC, COMPLETE, UPGRADE

}
