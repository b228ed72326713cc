package cn.bjrenovation.archfixture.outward.thing.web;

/** Fixture: an adapter. */
public class ThingController {
}
