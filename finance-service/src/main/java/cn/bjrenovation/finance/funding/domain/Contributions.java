package cn.bjrenovation.finance.funding.domain;

import java.util.List;

public interface Contributions {

	void add(Contribution contribution);

	List<Contribution> of(ProjectId project);

}
