package cn.bjrenovation.platform.problems;

/** What of a caller's input a refusal may repeat: enough to recognise it, never the whole of a huge value. */
public final class Echo {

	private Echo() {
	}

	/** The text, or its first {@code max} − 1 characters and an ellipsis. */
	public static String cut(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

}
