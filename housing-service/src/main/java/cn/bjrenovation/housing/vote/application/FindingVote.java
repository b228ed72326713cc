package cn.bjrenovation.housing.vote.application;

import cn.bjrenovation.housing.vote.domain.OwnersVote;
import cn.bjrenovation.housing.vote.domain.VoteId;
import cn.bjrenovation.platform.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one vote with its ballots and result; one outside the caller's reach reads as not found. */
@Service
public class FindingVote {

	static final String OPERATION = "housing.vote.read";

	private final VisibleVotes visible;

	FindingVote(VisibleVotes visible) {
		this.visible = visible;
	}

	@Transactional(readOnly = true)
	public OwnersVote find(Caller caller, VoteId id) {
		return visible.require(caller, OPERATION, id);
	}

}
