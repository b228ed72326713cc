package cn.bjrenovation.platform.testing;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Calls the service's real HTTP port as a department's console would, with a bearer token (or none). Error
 * statuses come back as responses, not exceptions, so a test can assert on the problem+json body.
 */
public final class LocalHttp {

	private final RestClient client;

	private LocalHttp(int port) {
		this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
	}

	/** @param port the test's {@code @LocalServerPort} */
	public static LocalHttp on(int port) {
		return new LocalHttp(port);
	}

	public ResponseEntity<JsonNode> get(String token, String uri, Object... variables) {
		return exchange(HttpMethod.GET, token, null, uri, variables);
	}

	public ResponseEntity<JsonNode> put(String token, Object body, String uri, Object... variables) {
		return exchange(HttpMethod.PUT, token, body, uri, variables);
	}

	public ResponseEntity<JsonNode> post(String token, Object body, String uri, Object... variables) {
		return exchange(HttpMethod.POST, token, body, uri, variables);
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String token, Object body, String uri,
			Object... variables) {
		RestClient.RequestBodySpec request = client.method(method).uri(uri, variables);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		return request.retrieve().onStatus(HttpStatusCode::isError, (req, response) -> {
		}).toEntity(JsonNode.class);
	}

}
