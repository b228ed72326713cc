package cn.bjrenovation.platform.web;

/**
 * Text the suite refuses anywhere it comes in: NUL (U+0000, which PostgreSQL cannot store in text) and the other
 * C0 control characters (U+0001–U+001F), tab, CR and LF excepted.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** The index of the first refused character, or -1. */
	public static int firstIn(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (refused(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	public static boolean refused(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

	/** The reason given for a field holding one, e.g. "holds a control character (U+0000), which is not accepted". */
	public static String reason(CharSequence text) {
		int at = firstIn(text);
		return "holds a control character (U+%04X) at position %d, which is not accepted".formatted((int) text.charAt(at),
				at + 1);
	}

}
