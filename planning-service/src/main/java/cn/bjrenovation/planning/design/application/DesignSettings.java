package cn.bjrenovation.planning.design.application;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of design cases ({@code renovation.planning.design}).
 *
 * @param maxAttachmentSize the largest drawing or minutes accepted; a larger upload is refused with 413
 */
@Validated
@ConfigurationProperties("renovation.planning.design")
public record DesignSettings(@NotNull DataSize maxAttachmentSize) {
}
