package cn.bjrenovation.platform.config;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How a service's topics are laid out on the broker ({@code renovation.kafka}, defaults in
 * {@code service-defaults.yml}): partitions per topic, and replicas (3 on a production cluster).
 */
@ConfigurationProperties("renovation.kafka")
@Validated
public record TopicLayout(@Min(1) int partitions, @Min(1) int replicas) {
}
