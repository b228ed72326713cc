package cn.bjrenovation.housing.annualplan.grpc;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How housing calls finance-service.
 *
 * @param deadline how long one attempt of a call may take before it is given up (then retried, see
 * {@code resilience4j.retry})
 */
@ConfigurationProperties("renovation.finance")
@Validated
record FinanceSettings(@NotNull @DefaultValue("2s") Duration deadline) {
}
