package cn.bjrenovation.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.bjrenovation.platform.problems.InvalidInputException.FieldProblem;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The suite's problem types and their titles. Every error answer is RFC 9457 problem+json with
 * {@code type = https://bjrenovation.cn/problems/<kind>} and a title in English and Chinese, in that order,
 * separated by {@code " / "} — {@code "Invalid input / 输入有误"} — so a person reads it in either language and a
 * program branches on {@code type} (the gateway keeps the same table, see its {@code Refusals}).
 */
public final class ProblemKinds {

	public static final String BASE = "https://bjrenovation.cn/problems/";

	private static final Map<String, String> TITLES = Map.ofEntries(
			Map.entry("invalid-input", "Invalid input / 输入有误"),
			Map.entry("unauthenticated", "Authentication required / 需要身份认证"),
			Map.entry("invalid-token", "Invalid token / 令牌无效"),
			Map.entry("duty-refused", "Not within the caller's duties / 不属于调用方职责"),
			Map.entry("invalid-caller", "Caller not recognised / 调用方身份无效"),
			Map.entry("forbidden", "Forbidden / 禁止访问"),
			Map.entry("not-found", "Not found / 未找到"),
			Map.entry("method-not-allowed", "Method not allowed / 不支持该请求方法"),
			Map.entry("not-acceptable", "Not acceptable / 无法提供所要求的格式"),
			Map.entry("conflict", "Conflict / 与现有数据冲突"),
			Map.entry("rule-violated", "Refused by a rule of the plan / 不符合规定"),
			Map.entry("request-too-large", "Request too large / 请求过大"),
			Map.entry("uri-too-long", "Request target too long / 请求地址过长"),
			Map.entry("unsupported-media-type", "Unsupported media type / 不支持的媒体类型"),
			Map.entry("rate-limited", "Too many calls / 调用过于频繁"),
			Map.entry("internal-error", "Internal error / 内部错误"),
			Map.entry("upstream-unavailable", "Service unavailable / 服务暂不可用"),
			Map.entry("service-unavailable", "Service unavailable / 服务暂不可用"));

	private ProblemKinds() {
	}

	/** The kind of a status no handler named more precisely. */
	public static String forStatus(int status) {
		return switch (status) {
			case 400 -> "invalid-input";
			case 401 -> "unauthenticated";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 409 -> "conflict";
			case 413 -> "request-too-large";
			case 414 -> "uri-too-long";
			case 415 -> "unsupported-media-type";
			case 429 -> "rate-limited";
			case 503 -> "service-unavailable";
			default -> status >= 500 ? "internal-error" : "status-" + status;
		};
	}

	public static String title(String kind, int status) {
		String title = TITLES.get(kind);
		if (title != null) {
			return title;
		}
		return status >= 500 ? "Server error / 服务器错误" : "Request refused / 请求被拒绝";
	}

	public static ProblemDetail problem(HttpStatusCode status, String kind, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(BASE + kind));
		problem.setTitle(title(kind, status.value()));
		return problem;
	}

	public static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems) {
		problem.setProperty("errors",
				problems.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
		return problem;
	}

	/** The same problem as plain members, for writers outside Spring MVC (filters, the servlet container). */
	static Map<String, Object> members(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", String.valueOf(problem.getType()));
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			members.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

}
