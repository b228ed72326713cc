package cn.bjrenovation.pipeline.coordination.domain;

import cn.bjrenovation.platform.problems.Echo;

/** How refusals quote what a caller sent: cut short, so an answer never carries a whole hostile input back. */
final class Echoes {

	private Echoes() {
	}

	static String cut(String text) {
		return text == null ? "" : Echo.cut(text, 40);
	}

}
