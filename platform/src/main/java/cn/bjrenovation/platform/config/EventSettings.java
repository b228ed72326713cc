package cn.bjrenovation.platform.config;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How events are consumed and re-sent ({@code renovation.events}, defaults in {@code service-defaults.yml}).
 *
 * @param retries how often a failing record is retried before it goes to {@code <topic>.DLT}
 * @param retryInterval the wait between those retries
 * @param resubmitAfter how old an outbox entry still unpublished must be before it is sent again
 * @param resubmitEvery how often the outbox is looked at for such entries
 * @param relayThreads how many threads send committed outbox entries to Kafka
 */
@ConfigurationProperties("renovation.events")
@Validated
public record EventSettings(@Min(0) long retries, @NotNull Duration retryInterval, @NotNull Duration resubmitAfter,
		@NotNull Duration resubmitEvery, @Min(1) int relayThreads) {
}
