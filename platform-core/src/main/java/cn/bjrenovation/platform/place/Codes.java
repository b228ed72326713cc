package cn.bjrenovation.platform.place;

/** Beijing's division codes are fixed-length digit strings, each level extending its parent's. */
final class Codes {

	private Codes() {
	}

	static boolean digits(String text, int length) {
		if (text == null || text.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
