package cn.bjrenovation.housing.surveyimport.domain;

import java.util.UUID;

import cn.bjrenovation.platform.problems.InvalidInputException;

/** Identity of one survey import (one uploaded file). */
public record SurveyImportId(UUID value) {

	public static SurveyImportId newId() {
		return new SurveyImportId(UUID.randomUUID());
	}

	/** @throws InvalidInputException naming {@code field} when the text is not a UUID */
	public static SurveyImportId parse(String text, String field) {
		try {
			return new SurveyImportId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + text + "' is not an import id (a UUID)");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
