package cn.bjrenovation.finance.socialcapital.application;

import java.util.List;

import cn.bjrenovation.finance.socialcapital.domain.Agreement;
import cn.bjrenovation.finance.socialcapital.domain.AgreementQuery;
import cn.bjrenovation.finance.socialcapital.domain.Agreements;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists social-capital agreements by project and party, each with its tax relief; narrowed to the caller's district
 * (the district of the agreement's project) should the policy ever grant the list to a district.
 */
@Service
public class ListingSocialCapitalAgreements {

	static final String OPERATION = "finance.social-capital-agreement.list";

	private final Agreements agreements;

	private final DutyPolicy policy;

	ListingSocialCapitalAgreements(Agreements agreements, DutyPolicy policy) {
		this.agreements = agreements;
		this.policy = policy;
	}

	@Transactional(readOnly = true)
	public AgreementPage list(Caller caller, ListAgreementsCommand command) {
		Reach reach = policy.reach(caller, OPERATION);
		List<Agreement> page = agreements.list(new AgreementQuery(
				command.project() == null ? null : command.project().value(), command.party(),
				reach.district().orElse(null), command.after(), command.pageSize() + 1));
		boolean more = page.size() > command.pageSize();
		List<Agreement> shown = more ? page.subList(0, command.pageSize()) : page;
		return new AgreementPage(List.copyOf(shown), more ? shown.get(shown.size() - 1).id().toString() : null);
	}

}
