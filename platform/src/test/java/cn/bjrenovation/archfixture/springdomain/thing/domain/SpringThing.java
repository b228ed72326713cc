package cn.bjrenovation.archfixture.springdomain.thing.domain;

import org.springframework.stereotype.Component;

/** Fixture, broken on purpose: Spring in domain code. */
@Component
public class SpringThing {
}
