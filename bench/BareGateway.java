import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.context.annotation.Bean;

/**
 * The floor of the gateway overhead benchmark: Spring Cloud Gateway on the gateway's own libraries and its own
 * {@code application.yml} (same routes, same filter and observation settings), but without what the suite
 * adds — no token check, rate limit, duty policy, body limit or audit record. Measured by
 * {@code bench/gateway-overhead.sh} in the same run as the full gateway; the difference to it is the price of the
 * guard and the audit.
 *
 * <p>Run by the script: {@code java -cp 'GATEWAY_LIB/*' bench/BareGateway.java
 * --spring.config.location=GATEWAY_CLASSES/application.yml}; the port and the backend come from
 * {@code SERVER_PORT} and {@code HOUSING_URL}, as for the gateway.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BareGateway {

	public static void main(String[] args) {
		SpringApplication.run(BareGateway.class, args);
	}

	/** The routes of application.yml name the suite's {@code BodyLimit} filter; here it lets every call through. */
	@Bean
	BodyLimitGatewayFilterFactory bodyLimitGatewayFilterFactory() {
		return new BodyLimitGatewayFilterFactory();
	}

	/** {@code BodyLimit=<size>} accepted and ignored: the floor has no body limit of the suite's. */
	static class BodyLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<BodyLimitGatewayFilterFactory.Config> {

		BodyLimitGatewayFilterFactory() {
			super(Config.class);
		}

		@Override
		public List<String> shortcutFieldOrder() {
			return List.of("maxSize");
		}

		@Override
		public GatewayFilter apply(Config config) {
			return (exchange, chain) -> chain.filter(exchange);
		}

		/** @param maxSize the suite's limit, unused */
		public static class Config {

			private String maxSize;

			public String getMaxSize() {
				return maxSize;
			}

			public void setMaxSize(String maxSize) {
				this.maxSize = maxSize;
			}

		}

	}

}
