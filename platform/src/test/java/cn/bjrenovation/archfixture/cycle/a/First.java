package cn.bjrenovation.archfixture.cycle.a;

import cn.bjrenovation.archfixture.cycle.b.Second;

/** Fixture, broken on purpose: package a uses b, which uses a. */
public class First {

	Second second;

}
