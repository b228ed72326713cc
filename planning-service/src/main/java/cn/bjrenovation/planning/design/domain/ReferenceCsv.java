package cn.bjrenovation.planning.design.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of design's reference files: lines starting with {@code #} document it and are skipped, as are blank
 * ones; the first other line must be the header.
 */
final class ReferenceCsv {

	/** One data line and its number in the file, for messages. */
	record Line(int number, String text) {
	}

	private ReferenceCsv() {
	}

	/** @throws IllegalStateException naming the file when the header is not {@code header} */
	static List<Line> lines(Reader csv, String header, String what) {
		List<Line> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(csv)) {
			int number = 0;
			boolean headerSeen = false;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (!headerSeen) {
					if (!header.equals(line.strip())) {
						throw new IllegalStateException(what + ": header must be '" + header + "', was '" + line + "'");
					}
					headerSeen = true;
					continue;
				}
				lines.add(new Line(number, line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the " + what, ex);
		}
		return lines;
	}

}
