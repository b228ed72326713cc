package cn.bjrenovation.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code ./suite audit verify}: asks the joint-conference office's trail (through the gateway, as HOUSING)
 * to check its hash chain. Exit 0 when intact; 1 naming the first broken record; 2 when it cannot ask.
 */
public final class AuditVerification {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String gatewayUrl;

	private final String housingToken;

	public AuditVerification(String gatewayUrl, String housingToken) {
		this.gatewayUrl = gatewayUrl;
		this.housingToken = housingToken;
	}

	public int run(PrintStream out) throws InterruptedException {
		HttpResponse<String> response;
		try {
			response = http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/housing/audit-records/verification"))
				.header("Authorization", "Bearer " + housingToken)
				.timeout(Duration.ofMinutes(2))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			out.println("The gateway at " + gatewayUrl + " does not answer: is the suite up?");
			return 2;
		}
		if (response.statusCode() != 200) {
			out.println("Verification refused with " + response.statusCode() + ": " + response.body());
			return 2;
		}
		String body = response.body();
		if (body.contains("\"intact\":true")) {
			out.println("Audit trail intact: " + field(body, "checked") + " records, head hash " + field(body, "headHash"));
			return 0;
		}
		out.println("Audit trail BROKEN at record " + field(body, "firstBroken") + ": " + field(body, "reason"));
		return 1;
	}

	/** One scalar field of the small JSON answer. */
	private static String field(String json, String name) {
		int start = json.indexOf("\"" + name + "\":");
		if (start < 0) {
			return "?";
		}
		start += name.length() + 3;
		boolean quoted = json.charAt(start) == '"';
		int from = quoted ? start + 1 : start;
		int end = quoted ? json.indexOf('"', from) : indexOfAny(json, from);
		return json.substring(from, end);
	}

	private static int indexOfAny(String json, int from) {
		int end = from;
		while (end < json.length() && ",}".indexOf(json.charAt(end)) < 0) {
			end++;
		}
		return end;
	}

}
