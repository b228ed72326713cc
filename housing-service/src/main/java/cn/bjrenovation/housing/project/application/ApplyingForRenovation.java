package cn.bjrenovation.housing.project.application;

import java.util.List;

import cn.bjrenovation.housing.community.domain.Communities;
import cn.bjrenovation.housing.project.domain.Application;
import cn.bjrenovation.housing.project.domain.ProjectAction;
import cn.bjrenovation.housing.project.domain.ProjectCommunity;
import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.RenovationItemCatalogue;
import cn.bjrenovation.housing.project.domain.RenovationProject;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.CommunityId;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ConflictException;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.problems.NotFoundException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community organisation applies for renovation of its community (申报制, A1-3): after consulting the residents it
 * asks for items of the catalogue, recording their consent by number and by area and whether they will bear their
 * share. The community must be in the city-wide database, built before 2000, and have no open project (one
 * application per round: a returned one is resubmitted or withdrawn, not applied for again). Which community the
 * caller may apply for is the duty policy's: its own.
 */
@Service
public class ApplyingForRenovation {

	static final String OPERATION = ProjectAction.Operations.APPLY;

	private final Projects projects;

	private final Communities communities;

	private final RenovationItemCatalogue catalogue;

	private final MovingProject recording;

	private final DutyPolicy policy;

	ApplyingForRenovation(Projects projects, Communities communities, RenovationItemCatalogue catalogue,
			MovingProject recording, DutyPolicy policy) {
		this.projects = projects;
		this.communities = communities;
		this.catalogue = catalogue;
		this.recording = recording;
		this.policy = policy;
	}

	/**
	 * @throws InvalidInputException naming every bad field at once
	 * @throws NotFoundException when the community is not in the city-wide database
	 * @throws ForbiddenException when the community is not the caller's own
	 * @throws ConflictException when the community has an open project, or is not in the programme
	 */
	@Transactional
	public RenovationProject apply(Caller caller, ApplicationForm form) {
		FieldCheck check = new FieldCheck();
		CommunityId communityId = form.communityId() == null ? null
				: check.parsed(() -> CommunityId.parse(form.communityId(), "communityId"));
		check.present(form.communityId(), "communityId");
		Application application = Applications.check(form, catalogue, check);
		List<String> reasons = RenovationProject.checkReasons(form.reasons(), false, "an application", check);
		check.throwIfAny();
		Reach reach = policy.reach(caller, OPERATION);
		ProjectCommunity community = communities.find(communityId)
			.map(ProjectCommunity::of)
			.orElseThrow(() -> new NotFoundException("community", communityId));
		reach.requireCovers(RenovationProject.placeFor(community, reach));
		projects.openProjectOf(communityId).ifPresent(open -> {
			throw new ConflictException("rule one-application-per-round (plan §三(一) 申报制, A1-3): community "
					+ communityId + " already has open project " + open + "; resubmit or withdraw that one");
		});
		RenovationProject project = RenovationProject.apply(ProjectId.newId(), community, application,
				ProjectActors.of(caller), recording.now(), reasons);
		projects.add(project);
		recording.recorded(OPERATION, project);
		return project;
	}

}
