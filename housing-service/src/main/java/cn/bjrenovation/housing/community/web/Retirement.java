package cn.bjrenovation.housing.community.web;

/** Body of a retirement: why, and the version last read. */
record Retirement(String reason, Long version) {
}
