package cn.bjrenovation.platform.testing;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
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

	private final Supplier<String> baseUrl;

	private RestClient client;

	/** As a bean of every {@link ServiceTest}: the port is read once the web server has started. */
	@Autowired
	LocalHttp(Environment environment) {
		this.baseUrl = () -> "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
	}

	private LocalHttp(String baseUrl) {
		this.baseUrl = () -> baseUrl;
	}

	/** @param port an HTTP port on this machine */
	public static LocalHttp on(int port) {
		return new LocalHttp("http://127.0.0.1:" + port);
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

	/** Posts a non-JSON body, e.g. a CSV file as {@code text/csv; charset=utf-8}. */
	public ResponseEntity<JsonNode> post(String token, MediaType contentType, String body, String uri,
			Object... variables) {
		RestClient.RequestBodySpec request = client().method(HttpMethod.POST).uri(uri, variables);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.contentType(contentType)
			.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.retrieve()
			.onStatus(HttpStatusCode::isError, (req, response) -> {
			})
			.toEntity(JsonNode.class);
	}

	private synchronized RestClient client() {
		if (client == null) {
			client = RestClient.builder().baseUrl(baseUrl.get()).build();
		}
		return client;
	}

	private ResponseEntity<JsonNode> exchange(HttpMethod method, String token, Object body, String uri,
			Object... variables) {
		RestClient.RequestBodySpec request = client().method(method).uri(uri, variables);
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
