package cn.bjrenovation.archfixture.springcore.policy;

import org.springframework.core.io.Resource;

/** Fixture, broken on purpose: a framework type in the framework-free core. */
public record SpringPolicy(Resource location) {
}
