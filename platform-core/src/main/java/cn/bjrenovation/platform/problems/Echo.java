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

	/** The text, or as much of it as fits in {@code maxBytes} bytes of UTF-8 with an ellipsis (3 bytes) after it. */
	public static String cutUtf8(String text, int maxBytes) {
		if (text == null || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes) {
			return text;
		}
		int bytes = 3;
		int end = 0;
		while (end < text.length()) {
			int codePoint = text.codePointAt(end);
			int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
			if (bytes + size > maxBytes) {
				break;
			}
			bytes += size;
			end += Character.charCount(codePoint);
		}
		return text.substring(0, end) + "…";
	}

}
