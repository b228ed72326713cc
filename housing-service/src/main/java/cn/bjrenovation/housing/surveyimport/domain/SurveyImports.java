package cn.bjrenovation.housing.surveyimport.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import cn.bjrenovation.housing.community.domain.Building;
import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.platform.place.CommunityId;

/** Survey imports, their progress and problems, and the bulk writes they make. */
public interface SurveyImports {

	void start(ImportReport report);

	/** Adds one chunk's counts, changes and problems to the import's totals. */
	void progress(UUID id, ChunkOutcome outcome);

	void finish(UUID id, String status, String failure);

	/**
	 * Marks as failed the running imports that have not finished a chunk for minutes (a chunk takes seconds):
	 * the service running them stopped. Returns how many.
	 */
	int abandonStalled(String failure);

	/** The import as one consistent reading: its counts always match the problems and changes it lists. */
	Optional<ImportReport> find(SurveyImportId id);

	/**
	 * Serialises imports' writes. Rows are checked before their chunk takes the lock: should another import add
	 * the same rows in between, the unique keys refuse the later write, and running that file again imports the
	 * rest.
	 */
	void lockForWriting();

	/** The registered communities among these {@code street|name} keys, by key; retired ones included. */
	Map<String, Community> registeredCommunities(Collection<String> communityKeys);

	/** Writes the communities in one COPY, naming the import and the actor for their history. */
	void copyCommunities(List<Community> communities, UUID importId, String actor);

	/**
	 * The communities buildings may be imported into, by {@code street|name}, for the given keys; a key with no
	 * registered community is absent.
	 */
	Map<String, BuildingTarget> buildingTargets(Collection<String> communityKeys);

	/**
	 * The registered buildings with these numbers in these communities, by {@link #key(CommunityId, String)};
	 * retired ones included.
	 */
	Map<String, Building> registeredBuildings(List<CommunityId> communities, List<String> numbers);

	/** Writes the buildings in one COPY; each building's district is its community's. */
	void copyBuildings(List<Building> buildings, Function<CommunityId, String> districtOf);

	static String key(String streetCode, String name) {
		return streetCode + "|" + name;
	}

	static String key(CommunityId community, String number) {
		return community + "|" + number;
	}

}
