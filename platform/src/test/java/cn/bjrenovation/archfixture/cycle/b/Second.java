package cn.bjrenovation.archfixture.cycle.b;

import cn.bjrenovation.archfixture.cycle.a.First;

/** Fixture, broken on purpose: package b uses a, which uses b. */
public class Second {

	First first;

}
