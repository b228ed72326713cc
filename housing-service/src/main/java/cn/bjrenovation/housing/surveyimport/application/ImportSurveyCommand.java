package cn.bjrenovation.housing.surveyimport.application;

import cn.bjrenovation.housing.surveyimport.domain.ImportKind;
import cn.bjrenovation.platform.validation.FieldCheck;

/** A survey file to import: communities or buildings, as CSV (UTF-8) in the template. */
public record ImportSurveyCommand(ImportKind kind, byte[] file) {

	/** The largest survey file, as the gateway also enforces: the file is held in memory while it imports. */
	public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

	/** @throws cn.bjrenovation.platform.problems.InvalidInputException when there is no file, or it is too large */
	public static ImportSurveyCommand of(ImportKind kind, byte[] file) {
		FieldCheck check = new FieldCheck();
		if (file == null || file.length == 0) {
			check.require(false, "file", "the request body must be the survey file (CSV, UTF-8)");
		}
		else {
			check.require(file.length <= MAX_FILE_BYTES, "file", "is " + file.length / (1024 * 1024)
					+ " MB; a survey file may be at most 64 MB — split it, by street for instance (each part imports on "
					+ "its own)");
		}
		check.throwIfAny();
		return new ImportSurveyCommand(kind, file);
	}

}
