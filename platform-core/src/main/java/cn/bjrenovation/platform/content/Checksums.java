package cn.bjrenovation.platform.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum a stored file is kept and served with ({@code X-Checksum-SHA256}): SHA-256, lower-case hex, so a
 * download can be checked against what the upload answered.
 */
public final class Checksums {

	/** The response header that carries a file's checksum. */
	public static final String HEADER = "X-Checksum-SHA256";

	private Checksums() {
	}

	/** SHA-256 of the content, 64 lower-case hex digits. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
