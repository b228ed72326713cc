package cn.bjrenovation.housing.longterm.domain;

/** A try-before-buy trial: serving; contracted after a passing vote; reopened after a failing one (choose again). */
public enum TrialStatus {

	SERVING, CONTRACTED, REOPENED

}
