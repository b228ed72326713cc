package cn.bjrenovation.housing.longterm.application;

import java.time.Instant;

import cn.bjrenovation.housing.longterm.domain.LongTermManagement;
import cn.bjrenovation.housing.project.domain.Actor;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.identity.Role;
import cn.bjrenovation.platform.place.CommunityId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance raised a community's maintenance fund (住宅专项维修资金: set up or topped up, {@code MaintenanceFundMoved}
 * RAISED on {@code finance.maintenance}): recorded once per event; if the community's accepted project has its
 * property-service contract, the project comes under long-term management now. The move is finance's act on the
 * fund (HPF, 市住房公积金中心), so it is recorded and audited as HPF's.
 */
@Service
public class RecordingFundRaise {

	/** Who the move is recorded as: the maintenance-fund authority whose movement it follows. */
	static final Caller FUND_AUTHORITY = new Caller(
			"finance.maintenance", Role.HPF, null, null, null, null);

	private final LongTermManagement management;

	private final Projects projects;

	private final ManagedProjects managed;

	RecordingFundRaise(LongTermManagement management, Projects projects, ManagedProjects managed) {
		this.management = management;
		this.projects = projects;
		this.managed = managed;
	}

	@Transactional
	public void raised(String eventId, CommunityId community, long amountFen, long balanceFen, String voteReference,
			Instant movedAt) {
		if (!management.fundRaised(eventId, community, amountFen, balanceFen, voteReference, movedAt)) {
			return;
		}
		projects.openProjectOf(community)
			.flatMap(projects::find)
			.ifPresent(project -> managed.moveIfReady(project, FUND_AUTHORITY,
					new Actor(FUND_AUTHORITY.subject(), Role.HPF.name(), ""),
					"维修资金已筹集 (" + amountFen + " fen, event " + eventId + ")，物业服务合同已签订"));
	}

}
