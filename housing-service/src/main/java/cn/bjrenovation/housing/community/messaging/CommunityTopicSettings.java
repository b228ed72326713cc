package cn.bjrenovation.housing.community.messaging;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How the topics housing publishes are laid out on the broker (the platform's {@code renovation.kafka} defaults). */
@ConfigurationProperties("renovation.kafka")
@Validated
record CommunityTopicSettings(@Min(1) int partitions, @Min(1) int replicas) {
}
