package cn.bjrenovation.housing.surveyimport.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.Community;

/** Survey imports, their progress and problems, and the bulk writes they make. */
public interface SurveyImports {

	void start(ImportReport report);

	/** Adds one chunk's counts and problems to the import's totals. */
	void progress(UUID id, int processed, int imported, int alreadyPresent, List<RowProblem> problems);

	void finish(UUID id, String status, String failure);

	Optional<ImportReport> find(UUID id);

	/** Serialises imports' writes, so two imports of the same rows cannot both find them absent. */
	void lockForWriting();

	/** {@code street|name} of the communities already registered on these streets. */
	Set<String> registeredNames(Collection<String> streetCodes);

	/** Writes the communities in one COPY, naming the import and the actor for their history. */
	void copyCommunities(List<Community> communities, UUID importId, String actor);

	/** The communities on these streets that buildings may be imported into, by {@code street|name}. */
	Map<String, BuildingTarget> buildingTargets(Collection<String> streetCodes);

	/** Writes the buildings in one COPY. */
	void copyBuildings(List<Building> buildings);

	static String key(String streetCode, String name) {
		return streetCode + "|" + name;
	}

}
