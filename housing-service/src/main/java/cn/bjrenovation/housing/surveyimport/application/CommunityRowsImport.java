package cn.bjrenovation.housing.surveyimport.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.bjrenovation.housing.community.domain.Community;
import cn.bjrenovation.housing.community.domain.CommunityFacts;
import cn.bjrenovation.housing.community.domain.CommunitySurvey;
import cn.bjrenovation.housing.community.domain.Divisions;
import cn.bjrenovation.housing.community.domain.PropertyRights;
import cn.bjrenovation.housing.surveyimport.domain.Differences;
import cn.bjrenovation.housing.surveyimport.domain.Differences.Difference;
import cn.bjrenovation.housing.surveyimport.domain.RowProblem;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.housing.surveyimport.domain.SurveyRow;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.validation.FieldCheck;

/**
 * Reads community rows: every rule of the register, the caller's reach under the import (a district its own
 * district, SASAC 市属非经 communities only), and no community twice: the same community (street and name) again
 * is already present when identical, refused when it differs from an earlier line, and reported as a change when
 * it differs from the registered one.
 */
final class CommunityRowsImport implements RowsImport<Community> {

	private final Divisions divisions;

	private final SurveyImports imports;

	private final Caller caller;

	private final Reach reach;

	/** The first line of each community met so far in this file that passed its checks, by street and name. */
	private final Map<String, Seen> seen = new HashMap<>();

	CommunityRowsImport(Divisions divisions, SurveyImports imports, Caller caller, Reach reach) {
		this.divisions = divisions;
		this.imports = imports;
		this.caller = caller;
		this.reach = reach;
	}

	/**
	 * Checks every row, then compares the new ones with the registered communities of the same street and name,
	 * read in one query for the chunk.
	 */
	@Override
	public Accepted<Community> accept(List<SurveyRow> rows, Instant now) {
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		int alreadyPresent = 0;
		for (SurveyRow row : rows) {
			FieldCheck check = row.check();
			CommunitySurvey survey = CommunitySurvey.check(facts(row), divisions, check);
			if (survey != null) {
				reach.whyNot(Community.place(survey.districtCode(), survey.streetCode(), null, survey.propertyRights()))
					.ifPresent(why -> check.require(false, field(survey.propertyRights()),
							"the importer may import only its own communities: " + why));
			}
			if (survey == null || !check.ok()) {
				continue;
			}
			String key = SurveyImports.key(survey.streetCode(), survey.name());
			Seen first = seen.get(key);
			if (first != null) {
				List<Difference> differences = Differences.between(first.survey(), survey);
				check.require(differences.isEmpty(), "name", "the same community as line " + first.line()
						+ " with different data (" + Differences.fields(differences) + ")");
				alreadyPresent += differences.isEmpty() ? 1 : 0;
				continue;
			}
			seen.put(key, new Seen(row.line(), survey));
			candidates.put(key, new Candidate(row.line(), Community.register(CommunityId.newId(), survey, now)));
		}
		Map<String, Community> registered = imports.registeredCommunities(candidates.keySet());
		List<Community> accepted = new ArrayList<>();
		List<RowProblem> changes = new ArrayList<>();
		for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
			Candidate candidate = entry.getValue();
			Community known = registered.get(entry.getKey());
			if (known == null) {
				accepted.add(candidate.community());
				continue;
			}
			List<Difference> differences = Differences.between(known.survey(), candidate.community().survey());
			if (differences.isEmpty()) {
				alreadyPresent++;
			}
			differences.forEach(d -> changes.add(new RowProblem(candidate.line(), d.field(), "registered " + d.earlier()
					+ ", this file " + d.row() + " — " + howToChange(known))));
		}
		return new Accepted<>(accepted, alreadyPresent, changes);
	}

	/** A changed row is reported, not applied: a correction is made deliberately, with the version read. */
	private static String howToChange(Community known) {
		if (known.retired()) {
			return "differs from the registered community, which is retired; a retired community is not corrected";
		}
		return "differs from the registered community; correct it with PUT /api/housing/communities/" + known.id()
				+ " (version " + known.version() + ")";
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

	private record Seen(int line, CommunitySurvey survey) {
	}

	private record Candidate(int line, Community community) {
	}

	private static CommunityFacts facts(SurveyRow r) {
		return new CommunityFacts(r.text("name"), r.text("districtCode"), r.text("streetCode"), r.text("address"),
				r.number("latitude"), r.number("longitude"), r.integer("buildYear"), r.text("propertyRights"),
				r.text("managementStatus"), r.integer("buildingCount"), r.decimal("floorArea"), r.integer("households"),
				r.integer("residents"), r.decimal("aged60PlusPercent"), r.flag("historicDistrict"),
				r.text("ownersOrganisation"), r.flag("propertyServiceAgreed"), r.integer("hotlineComplaints"));
	}

}
