package cn.bjrenovation.housing.surveyimport.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A survey file is sent as {@code text/csv}, in UTF-8: with no charset, or {@code charset=utf-8}. Any other body
 * (JSON, XML, none, CSV in another charset) is refused with 415 problem+json naming the Content-Type received
 * and the one accepted — before the body is read as a survey, so nothing is written for it.
 */
final class SurveyFileType {

	static final String ACCEPTED = "text/csv; charset=utf-8";

	private static final MediaType CSV = MediaType.parseMediaType("text/csv");

	private SurveyFileType() {
	}

	/** @throws ErrorResponseException 415 when the Content-Type is not CSV in UTF-8 (or not a media type at all) */
	static void requireCsv(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			throw refused(contentType, "The request has no Content-Type");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			throw refused(contentType, "Content-Type '" + contentType + "' is not a media type");
		}
		if (!CSV.equalsTypeAndSubtype(type)) {
			throw refused(contentType, "Content-Type '" + contentType + "' is not a survey file");
		}
		String charset = type.getParameter("charset");
		if (charset != null && !utf8(charset)) {
			throw refused(contentType, "Content-Type '" + contentType + "' declares charset " + unquoted(charset)
					+ "; a survey file is read as UTF-8 only — save it as CSV UTF-8 (CSV UTF-8 (逗号分隔))");
		}
	}

	private static boolean utf8(String charset) {
		String name = unquoted(charset);
		return name.equalsIgnoreCase(StandardCharsets.UTF_8.name()) || name.equalsIgnoreCase("utf8");
	}

	private static String unquoted(String value) {
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
				? value.substring(1, value.length() - 1) : value;
	}

	private static ErrorResponseException refused(String contentType, String what) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				what + ": a survey file is accepted as Content-Type " + ACCEPTED
						+ " (text/csv, in UTF-8; the charset may be left out)");
		problem.setType(URI.create("https://bjrenovation.cn/problems/unsupported-media-type"));
		problem.setProperty("contentType", contentType);
		problem.setProperty("accepted", ACCEPTED);
		return new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
	}

}
