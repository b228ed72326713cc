package cn.bjrenovation.housing.surveyimport.domain;

/**
 * Why one row of a survey file was not imported, one field at a time; or, in an import's {@code changes}, one
 * field in which the row differs from the registered community or building.
 */
public record RowProblem(int line, String field, String reason) {
}
