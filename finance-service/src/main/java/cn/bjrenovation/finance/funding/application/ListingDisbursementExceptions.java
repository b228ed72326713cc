package cn.bjrenovation.finance.funding.application;

import java.util.List;

import cn.bjrenovation.finance.funding.domain.DisbursementException;
import cn.bjrenovation.finance.funding.domain.Tranches;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The refused tranches, newest first (资金监管, A2 财政局: supervision of fund use). */
@Service
public class ListingDisbursementExceptions {

	public static final int MAX = 500;

	private final Tranches tranches;

	ListingDisbursementExceptions(Tranches tranches) {
		this.tranches = tranches;
	}

	@Transactional(readOnly = true)
	public List<DisbursementException> newest(int limit) {
		return tranches.exceptions(Math.max(1, Math.min(limit, MAX)));
	}

}
