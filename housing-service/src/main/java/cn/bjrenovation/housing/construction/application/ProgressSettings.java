package cn.bjrenovation.housing.construction.application;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Progress reporting (application.yml, {@code renovation.housing.progress}).
 *
 * @param maxPhotoSize the largest photo or scan a report takes (default 10MB); larger is 413
 */
@Validated
@ConfigurationProperties("renovation.housing.progress")
public record ProgressSettings(@NotNull @DefaultValue("10MB") DataSize maxPhotoSize) {
}
