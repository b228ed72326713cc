package cn.bjrenovation.devissuer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named development users the login page offers, one per role and scope the suite's officials act in: the
 * 朝阳区 district officer, the 劲松街道 street officer, a residents' committee (its community id typed in, since
 * communities get their ids when registered), the street's responsible planner, a gas operator and each municipal
 * department.
 */
public final class DevUsers {

	/**
	 * One development user.
	 * @param key the stable name the login form sends
	 * @param label how the page names the user
	 * @param claims the role and scope claims of its tokens
	 * @param needsCommunity whether the page asks for a community id
	 */
	public record DevUser(String key, String label, String role, Map<String, String> claims, boolean needsCommunity) {

		/** The token subject: {@code dev-<key>}. */
		public String subject() {
			return "dev-" + key;
		}

	}

	public static final List<DevUser> ALL = List.of(
			user("chaoyang-district", "朝阳区政府 · 区级主管（110105）", "DISTRICT", "district", "110105"),
			user("dongcheng-district", "东城区政府 · 区级主管（110101）", "DISTRICT", "district", "110101"),
			user("jinsong-street", "劲松街道办事处 · 街道主管（110105017）", "STREET", "street", "110105017"),
			new DevUser("jinsongbei-committee", "劲松北社区居委会（请填写小区编号）", "COMMUNITY_ORG",
					claims("COMMUNITY_ORG", "street", "110105017"), true),
			user("jinsong-planner", "责任规划师 · 劲松街道（110105017）", "PLANNER", "street", "110105017"),
			user("gas-operator", "北京燃气 · 专业管线单位（gas）", "OPERATOR", "utility", "gas"),
			user("housing", "市住房城乡建设委", "HOUSING"), user("planning", "市规划自然资源委", "PLANNING"),
			user("finance", "市财政局", "FINANCE"), user("city-mgmt", "市城市管理委", "CITY_MGMT"),
			user("drc", "市发展改革委", "DRC"), user("hpf", "市住房公积金管理中心", "HPF"),
			user("sasac", "市国资委", "SASAC"), user("civil-affairs", "市民政局", "CIVIL_AFFAIRS"),
			user("central-unit", "中央单位", "CENTRAL_UNIT"));

	private DevUsers() {
	}

	public static Optional<DevUser> byKey(String key) {
		return ALL.stream().filter(user -> user.key().equals(key)).findFirst();
	}

	private static DevUser user(String key, String label, String role, String... scopeClaims) {
		return new DevUser(key, label, role, claims(role, scopeClaims), false);
	}

	private static Map<String, String> claims(String role, String... scopeClaims) {
		Map<String, String> claims = new LinkedHashMap<>();
		claims.put("role", role);
		for (int i = 0; i + 1 < scopeClaims.length; i += 2) {
			claims.put(scopeClaims[i], scopeClaims[i + 1]);
		}
		return Map.copyOf(claims);
	}

}
