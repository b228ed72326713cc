package cn.bjrenovation.archfixture.contractdomain.thing.domain;

import cn.bjrenovation.housing.v1.Community;

/** Fixture, broken on purpose: a generated contract in domain code. */
public record ContractThing(Community community) {
}
