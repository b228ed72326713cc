package cn.bjrenovation.housing.surveyimport.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.place.CommunityId;

/** Survey imports, their progress and problems, and the bulk writes they make. */
public interface SurveyImports {

	void start(ImportReport report);

	/** Adds one chunk's counts and problems to the import's totals. */
	void progress(UUID id, int processed, int imported, int alreadyPresent, List<RowProblem> problems);

	void finish(UUID id, String status, String failure);

	/**
	 * Marks as failed the running imports that have not finished a chunk for minutes (a chunk takes seconds):
	 * the service running them stopped. Returns how many.
	 */
	int abandonStalled(String failure);

	Optional<ImportReport> find(SurveyImportId id);

	/**
	 * Serialises imports' writes. Rows are checked before their chunk takes the lock: should another import add
	 * the same rows in between, the unique keys refuse the later write, and running that file again imports the
	 * rest.
	 */
	void lockForWriting();

	/** {@code street|name} of the communities already registered on these streets. */
	Set<String> registeredNames(Collection<String> streetCodes);

	/** Writes the communities in one COPY, naming the import and the actor for their history. */
	void copyCommunities(List<Community> communities, UUID importId, String actor);

	/**
	 * The communities buildings may be imported into, by {@code street|name}, for the given keys; a key with no
	 * registered community is absent.
	 */
	Map<String, BuildingTarget> buildingTargets(Collection<String> communityKeys);

	/** Writes the buildings in one COPY; each building's district is its community's. */
	void copyBuildings(List<Building> buildings, Function<CommunityId, String> districtOf);

	static String key(String streetCode, String name) {
		return streetCode + "|" + name;
	}

}
