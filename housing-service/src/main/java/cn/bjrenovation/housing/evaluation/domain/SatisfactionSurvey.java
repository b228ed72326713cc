package cn.bjrenovation.housing.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;

/**
 * A residents' satisfaction survey of a renovated project (居民满意度, plan §四(三)), recorded by the district.
 *
 * @param score the mean score, 0 to 100
 */
public record SatisfactionSurvey(UUID id, ProjectId projectId, LocalDate surveyedOn, int participants,
		BigDecimal score, String recordedBy, Instant recordedAt) {
}
