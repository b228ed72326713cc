package cn.bjrenovation.finance.socialcapital.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The social-capital agreements recorded by DRC. */
public interface Agreements {

	void add(Agreement agreement);

	Optional<Agreement> find(UUID id);

	/** The agreements matching the query, in id order. */
	List<Agreement> list(AgreementQuery query);

}
