package cn.bjrenovation.archfixture.clean.thing.domain;

/** Fixture: a plain domain record. */
public record Thing(String name) {
}
