package cn.bjrenovation.platform.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The service's name, as its events name their producer: {@code spring.application.name}. */
@ConfigurationProperties("spring.application")
@Validated
public record ServiceName(@NotBlank String name) {
}
