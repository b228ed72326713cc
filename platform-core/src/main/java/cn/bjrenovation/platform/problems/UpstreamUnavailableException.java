package cn.bjrenovation.platform.problems;

/** Another service this call depends on did not answer in time or is cut off by its circuit breaker. */
public class UpstreamUnavailableException extends RuntimeException {

	private final String upstream;

	public UpstreamUnavailableException(String upstream, String reason, Throwable cause) {
		super(upstream + " is unavailable: " + reason, cause);
		this.upstream = upstream;
	}

	public String upstream() {
		return upstream;
	}

}
