package cn.bjrenovation.housing.project.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import cn.bjrenovation.housing.project.domain.ProjectId;
import cn.bjrenovation.housing.project.domain.ProjectPage;
import cn.bjrenovation.housing.project.domain.Projects;
import cn.bjrenovation.housing.project.domain.ReservePoolPage;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.place.DistrictCode;
import cn.bjrenovation.platform.policy.DutyPolicy;
import cn.bjrenovation.platform.policy.Reach;
import cn.bjrenovation.platform.problems.ForbiddenException;
import cn.bjrenovation.platform.problems.InvalidInputException;
import cn.bjrenovation.platform.validation.FieldCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One page of the reserve pool (项目储备库, plan §三(一)): reserved projects, those of the communities with the most
 * 12345 hotline complaints first (将诉求集中的小区作为工作重点 … 优先), then the oldest application first. The commission
 * reads the city's pool; a caller the policy holds to a district (各区持续完善项目储备库) reads its district's part, and
 * asking for another district is refused.
 */
@Service
public class ListingReservePool {

	static final String OPERATION = "housing.reserve-pool.read";

	private static final String PREFIX = "r1:";

	private final Projects projects;

	private final DutyPolicy policy;

	ListingReservePool(Projects projects, DutyPolicy policy) {
		this.projects = projects;
		this.policy = policy;
	}

	/**
	 * @throws InvalidInputException naming every bad parameter at once
	 * @throws ForbiddenException when a district-scoped caller asks for another district
	 */
	@Transactional(readOnly = true)
	public ReservePoolPage list(Caller caller, String districtCode, Integer pageSize, String pageToken) {
		FieldCheck check = new FieldCheck();
		String district = districtCode == null ? null
				: check.parsed(() -> DistrictCode.parse(districtCode, "districtCode").value());
		int size = pageSize == null || pageSize == 0 ? ProjectPage.DEFAULT_SIZE : pageSize;
		check.require(size >= 1 && size <= ProjectPage.MAX_SIZE, "pageSize",
				"must be between 1 and " + ProjectPage.MAX_SIZE + ", was " + size);
		ReservePoolPage.Cursor after = check.parsed(() -> decode(pageToken));
		check.throwIfAny();
		Reach reach = policy.reach(caller, OPERATION);
		if (reach.district().isPresent()) {
			String own = reach.district().get();
			if (district != null && !district.equals(own)) {
				throw new ForbiddenException(OPERATION,
						"a caller scoped to district " + own + " may not read the reserve pool of district " + district);
			}
			district = own;
		}
		return projects.reservePool(district, size, after);
	}

	/** An opaque token for the page after the cursor; null after the last page. */
	public static String encode(ReservePoolPage.Cursor cursor) {
		if (cursor == null) {
			return null;
		}
		long micros = cursor.appliedAt().getEpochSecond() * 1_000_000 + cursor.appliedAt().getNano() / 1_000;
		String raw = PREFIX + cursor.hotlineComplaints() + ":" + micros + ":" + cursor.id();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	private static ReservePoolPage.Cursor decode(String token) {
		if (token == null || token.isBlank()) {
			return null;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			String[] parts = raw.split(":", -1);
			if (parts.length != 4 || !raw.startsWith(PREFIX)) {
				throw new IllegalArgumentException("not a reserve-pool page token");
			}
			int complaints = Integer.parseInt(parts[1]);
			long micros = Long.parseLong(parts[2]);
			return new ReservePoolPage.Cursor(complaints,
					Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
					new ProjectId(UUID.fromString(parts[3])));
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw new InvalidInputException("pageToken", "is not a token this list handed out");
		}
	}

}
