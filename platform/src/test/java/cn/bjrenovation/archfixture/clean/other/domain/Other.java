package cn.bjrenovation.archfixture.clean.other.domain;

/** Fixture: another feature's domain. */
public record Other(String name) {
}
