package cn.bjrenovation.finance.maintenance.domain;

import java.util.List;
import java.util.UUID;

public interface FundMovements {

	void add(FundMovement movement);

	List<FundMovement> of(UUID communityId);

}
