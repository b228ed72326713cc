package cn.bjrenovation.housing.surveyimport.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFacts;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Reach;

/**
 * Reads community rows: every rule of the register, the caller's reach under the import (a district its own
 * district, SASAC 市属非经 communities only), and no community twice.
 */
final class CommunityRowsImport implements RowsImport<Community> {

	private final Divisions divisions;

	private final SurveyImports imports;

	private final Caller caller;

	private final Reach reach;

	/** Lines of the communities seen so far in this file, by street and name. */
	private final Map<String, Integer> seen = new HashMap<>();

	CommunityRowsImport(Divisions divisions, SurveyImports imports, Caller caller, Reach reach) {
		this.divisions = divisions;
		this.imports = imports;
		this.caller = caller;
		this.reach = reach;
	}

	@Override
	public Accepted<Community> accept(List<SurveyRow> rows, Instant now) {
		List<Community> accepted = new ArrayList<>();
		Set<String> streets = new TreeSet<>();
		List<Community> candidates = new ArrayList<>();
		for (SurveyRow row : rows) {
			CommunitySurvey survey = CommunitySurvey.check(facts(row), divisions, row.check());
			if (survey != null) {
				reach.whyNot(Community.place(survey.districtCode(), survey.streetCode(), null, survey.propertyRights()))
					.ifPresent(why -> row.check().require(false, field(survey.propertyRights()),
							"the importer may import only its own communities: " + why));
			}
			if (survey != null && row.check().ok()) {
				Integer earlier = seen.putIfAbsent(SurveyImports.key(survey.streetCode(), survey.name()), row.line());
				row.check().require(earlier == null, "name",
						"the same community (street and name) as line " + earlier + " of this file");
			}
			candidates.add(row.check().ok() ? Community.register(CommunityId.newId(), survey, now) : null);
			if (survey != null) {
				streets.add(survey.streetCode());
			}
		}
		Set<String> registered = imports.registeredNames(streets);
		int alreadyPresent = 0;
		for (Community candidate : candidates) {
			if (candidate == null) {
				continue;
			}
			if (registered.contains(SurveyImports.key(candidate.streetCode(), candidate.name()))) {
				alreadyPresent++;
			}
			else {
				accepted.add(candidate);
			}
		}
		return new Accepted<>(accepted, alreadyPresent);
	}

	@Override
	public void write(List<Community> accepted, UUID importId) {
		imports.copyCommunities(accepted, importId, caller.subject());
	}

	/** The column that puts the row outside the reach: its property rights when the grant holds them, else its place. */
	private String field(PropertyRights rights) {
		boolean rightsRefused = reach.condition(PropertyRights.FACT)
			.filter(allowed -> !allowed.contains(rights.name()))
			.isPresent();
		return rightsRefused ? PropertyRights.FACT : "districtCode";
	}

	private static CommunityFacts facts(SurveyRow r) {
		return new CommunityFacts(r.text("name"), r.text("districtCode"), r.text("streetCode"), r.text("address"),
				r.number("latitude"), r.number("longitude"), r.integer("buildYear"), r.text("propertyRights"),
				r.text("managementStatus"), r.integer("buildingCount"), r.decimal("floorArea"), r.integer("households"),
				r.integer("residents"), r.decimal("aged60PlusPercent"), r.flag("historicDistrict"),
				r.text("ownersOrganisation"), r.flag("propertyServiceAgreed"), r.integer("hotlineComplaints"));
	}

}
