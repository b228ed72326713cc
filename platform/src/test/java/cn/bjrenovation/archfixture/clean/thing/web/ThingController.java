package cn.bjrenovation.archfixture.clean.thing.web;

import cn.bjrenovation.archfixture.clean.other.domain.Other;
import cn.bjrenovation.archfixture.clean.thing.application.NamingThing;

/** Fixture: an adapter calling its use case and reading another feature's domain (allowed). */
public class ThingController {

	String handle(NamingThing naming, Other other) {
		return naming.name(other.name()).name();
	}

}
