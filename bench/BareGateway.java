import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The floor of the gateway overhead benchmark: Spring Cloud Gateway on the gateway's own libraries and its own
 * {@code application.yml} (same routes, same filter and observation settings), but without what the suite
 * adds — no token check, rate limit, duty policy or audit record. Measured with {@code GATEWAY=bare
 * bench/gateway-overhead.sh}; the difference to the full gateway is the price of the guard and the audit.
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

}
