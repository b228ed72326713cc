package cn.bjrenovation.housing.surveyimport.domain;

/** Why one row of a survey file was not imported. */
public record RowProblem(int line, String field, String reason) {
}
