package cn.bjrenovation.finance.socialcapital.domain;

/**
 * The relief on one service's declared income (§三(七): 社区养老、托育、家政服务收入免征增值税，并减按90%计入所得税
 * 应纳税所得额). Fen. For a service without relief, nothing is exempt and all of it counts.
 *
 * @param vatExemptFen income on which no VAT is due
 * @param incomeCountedFen income counted for enterprise income tax: 90% (rounded half up to the fen) where relieved
 * @param incomeExcludedFen the remaining 10%
 */
public record TaxRelief(ServiceKind service, long declaredIncomeFen, boolean vatExempt, long vatExemptFen,
		long incomeCountedFen, long incomeExcludedFen) {

	/** Basis points of relieved income counted for enterprise income tax. */
	public static final long COUNTED_BASIS_POINTS = 9_000;

	public static TaxRelief of(ServiceKind service, long declaredIncomeFen) {
		if (!service.relieved()) {
			return new TaxRelief(service, declaredIncomeFen, false, 0, declaredIncomeFen, 0);
		}
		long counted = Math.addExact(Math.multiplyExact(declaredIncomeFen, COUNTED_BASIS_POINTS), 5_000) / 10_000;
		return new TaxRelief(service, declaredIncomeFen, true, declaredIncomeFen, counted, declaredIncomeFen - counted);
	}

}
