package cn.bjrenovation.platform.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The file types the suite stores (design drawings and minutes, progress photos), told from their first bytes, never
 * from the name or the declared type: PDF ({@code %PDF-}), PNG, JPEG, AutoCAD drawings (DWG: {@code AC10xx}) and
 * drawing exchange files (DXF: a text file opening with group code 0 and {@code SECTION}). Each feature says which of
 * them it accepts ({@link #sniff(byte[], Collection)}).
 */
public final class MediaTypes {

	public static final String PDF = "application/pdf";

	public static final String PNG = "image/png";

	public static final String JPEG = "image/jpeg";

	public static final String DWG = "image/vnd.dwg";

	public static final String DXF = "image/vnd.dxf";

	/** Every type {@link #sniff(byte[])} recognises. */
	public static final List<String> ACCEPTED = List.of(PDF, PNG, JPEG, DWG, DXF);

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private MediaTypes() {
	}

	/** The media type of the content, if it is one of {@code accepted}; empty otherwise. */
	public static Optional<String> sniff(byte[] content, Collection<String> accepted) {
		return sniff(content).filter(accepted::contains);
	}

	/** The media type of the content; empty when it is none of {@link #ACCEPTED}. */
	public static Optional<String> sniff(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (content.length >= 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
				&& (content[2] & 0xff) == 0xff) {
			return Optional.of(JPEG);
		}
		if (content.length >= 6 && startsWith(content, "AC10".getBytes(StandardCharsets.US_ASCII))
				&& Character.isDigit(content[4]) && Character.isDigit(content[5])) {
			return Optional.of(DWG);
		}
		if (dxf(content)) {
			return Optional.of(DXF);
		}
		return Optional.empty();
	}

	/**
	 * Whether a declared media type agrees with the sniffed one. DWG and DXF are sent under many names
	 * ({@code application/acad}, {@code image/x-dwg}, {@code application/dxf} …), so any declared type naming dwg or
	 * dxf counts; {@code application/octet-stream} or none declares nothing.
	 */
	public static boolean agrees(String declared, String sniffed) {
		if (declared == null || declared.isBlank() || declared.startsWith("application/octet-stream")) {
			return true;
		}
		String type = declared.split(";")[0].strip().toLowerCase();
		return switch (sniffed) {
			case DWG -> type.contains("dwg") || type.equals("application/acad");
			case DXF -> type.contains("dxf");
			case JPEG -> type.equals(JPEG) || type.equals("image/jpg") || type.equals("image/pjpeg");
			default -> type.equals(sniffed);
		};
	}

	private static boolean dxf(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.US_ASCII);
		String[] lines = head.split("\r?\n", 3);
		return lines.length >= 2 && lines[0].strip().equals("0") && lines[1].strip().equals("SECTION");
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
