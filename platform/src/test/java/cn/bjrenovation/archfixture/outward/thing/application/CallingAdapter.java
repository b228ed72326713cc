package cn.bjrenovation.archfixture.outward.thing.application;

import cn.bjrenovation.archfixture.outward.thing.web.ThingController;

/** Fixture, broken on purpose: a use case depending on its adapter. */
public class CallingAdapter {

	ThingController controller;

}
