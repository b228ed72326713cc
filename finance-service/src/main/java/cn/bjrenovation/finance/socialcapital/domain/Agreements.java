package cn.bjrenovation.finance.socialcapital.domain;

import java.util.Optional;
import java.util.UUID;

public interface Agreements {

	void add(Agreement agreement);

	Optional<Agreement> find(UUID id);

}
