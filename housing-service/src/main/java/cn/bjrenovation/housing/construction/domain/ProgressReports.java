package cn.bjrenovation.housing.construction.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;

/** The progress reports of the projects under construction, their photos, and the monthly figures. */
public interface ProgressReports {

	void add(ProgressReport report);

	Optional<ProgressReport> find(ProjectId project, UUID reportId);

	/** Each item's last reported percent on the project. */
	Map<String, Integer> lastPercents(ProjectId project);

	void addPhoto(ProgressPhoto photo, byte[] content);

	/** The photo with its bytes, if it belongs to the report. */
	Optional<PhotoContent> photo(UUID reportId, UUID photoId);

	/**
	 * Each district's figures from the projects' transitions in {@code [from, to)}, by district code.
	 * @param districtCode null for every district
	 */
	List<DistrictMonth> monthly(Instant from, Instant to, String districtCode);

	/** A photo's record and its bytes. */
	record PhotoContent(ProgressPhoto photo, byte[] content) {
	}

}
