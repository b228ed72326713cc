package cn.bjrenovation.archfixture.clean.thing.application;

import cn.bjrenovation.archfixture.clean.thing.domain.Thing;

/** Fixture: a use case on the domain. */
public class NamingThing {

	public Thing name(String name) {
		return new Thing(name);
	}

}
