package cn.bjrenovation.finance.socialcapital.application;

import java.util.UUID;

import cn.bjrenovation.finance.socialcapital.domain.Agreement;
import cn.bjrenovation.finance.socialcapital.domain.Agreements;
import cn.bjrenovation.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One social-capital agreement with its tax relief per service. */
@Service
public class FindingSocialCapitalAgreement {

	private final Agreements agreements;

	FindingSocialCapitalAgreement(Agreements agreements) {
		this.agreements = agreements;
	}

	@Transactional(readOnly = true)
	public Agreement find(UUID id) {
		return agreements.find(id).orElseThrow(() -> new NotFoundException("social-capital agreement", id));
	}

}
