package cn.bjrenovation.housing.longterm.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The property-service contract (物业服务合同) the owners' passing vote led to: one per project. */
public record PropertyContract(ProjectId projectId, UUID trialId, UUID voteId, String propertyCompany,
		LocalDate signedOn, String signedBy, Instant signedAt) {
}
