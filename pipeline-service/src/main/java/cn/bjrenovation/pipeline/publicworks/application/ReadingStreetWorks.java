package cn.bjrenovation.pipeline.publicworks.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.bjrenovation.pipeline.coordination.application.StreetWindowsQuery;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindow;
import cn.bjrenovation.pipeline.coordination.domain.TrenchWindows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dig-once trench windows and pipeline works on a street, for the residents living on it (公示, public operation
 * {@code pipeline.public.street-works}): anyone may read them, no caller is taken. What of them is told is the web
 * answer's allow-list.
 */
@Service
public class ReadingStreetWorks {

	private final TrenchWindows windows;

	private final Clock clock;

	ReadingStreetWorks(TrenchWindows windows, Clock clock) {
		this.windows = windows;
		this.clock = clock;
	}

	/** Today, as the default start of the range. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public List<TrenchWindow> read(StreetWindowsQuery query) {
		return windows.onStreet(query.street(), query.from(), query.to());
	}

}
