package cn.bjrenovation.housing.acceptance.domain;

/** OPEN until every required party has signed off; then PASSED, for good. */
public enum AcceptanceStatus {

	OPEN, PASSED

}
