package cn.bjrenovation.housing.surveyimport.application;

import cn.bjrenovation.housing.surveyimport.domain.ImportReport;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImportId;
import cn.bjrenovation.housing.surveyimport.domain.SurveyImports;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Place;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Where an import stands, with every refused row. An import lies in the district of the caller who submitted it
 * (none for a city-wide caller); outside the reader's reach it is not found.
 */
@Service
public class FollowingSurveyImport {

	static final String OPERATION = "housing.survey-import.read";

	private final SurveyImports imports;

	private final DutyPolicy policy;

	FollowingSurveyImport(SurveyImports imports, DutyPolicy policy) {
		this.imports = imports;
		this.policy = policy;
	}

	public ImportReport find(Caller caller, SurveyImportId id) {
		ImportReport report = imports.find(id).orElseThrow(() -> new NotFoundException("survey import", id));
		policy.reach(caller, OPERATION).requireVisible(Place.of(report.scopeDistrict(), null, null), "survey import",
				id);
		return report;
	}

}
