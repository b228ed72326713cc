package cn.bjrenovation.platform.openapi;

import cn.bjrenovation.platform.config.PolicyAutoConfiguration;
import cn.bjrenovation.platform.identity.Caller;
import cn.bjrenovation.platform.policy.DutyPolicy;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Every service describes its REST API (springdoc, OpenAPI 3.1) at {@code GET /api/<service>/openapi}: the routes under
 * {@code /api/}, their request and response records by their Java names ({@link NestedSchemaNames}), and on each
 * operation the duty it needs ({@link DutyExtensions}). The console's typed API modules are generated from snapshots
 * of these descriptions ({@code console/openapi/}); each service's description test keeps the snapshot current.
 * Settings in {@code service-defaults.yml} ({@code springdoc.*}).
 */
@AutoConfiguration(after = PolicyAutoConfiguration.class,
		afterName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("renovation.schema")
public class ServiceDescriptionAutoConfiguration {

	static {
		// the verified caller is a controller argument the platform resolves, never a request parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	@Bean
	OpenAPI serviceDescription(@Value("${spring.application.name}") String service,
			@Value("${renovation.schema}") String prefix) {
		return new OpenAPI()
			.info(new Info().title(service)
				.version("v1")
				.description("The REST API of " + service + ", reached through the gateway under /api/" + prefix
						+ "/ (and /api/public/" + prefix + "/ for the notice board). Each operation's operationId is "
						+ "its entry in policy/duties.yml, and x-duty says who may call it and why (Annex 2)."))
			.addServersItem(new Server().url("/").description("the gateway"))
			.components(new Components().addSecuritySchemes(DutyExtensions.BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("a token of the suite's OIDC issuer; the console's session cookie at the gateway "
								+ "stands for it")));
	}

	@Bean
	DutyExtensions dutyExtensions(DutyPolicy policy) {
		return new DutyExtensions(policy);
	}

	/**
	 * swagger-core's model resolver with {@link NestedSchemaNames}, in place of its default one: last in the chain of
	 * converters (springdoc adds each at the front, in order), so springdoc's own still unwrap {@code ResponseEntity},
	 * files and the like first.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver nestedSchemaNameResolver(SpringDocConfigProperties properties) {
		return properties.isOpenapi31() ? new ModelResolver(Json31.mapper(), new NestedSchemaNames()).openapi31(true)
				: new ModelResolver(Json.mapper(), new NestedSchemaNames());
	}

	@Bean
	ServiceDescriptionController serviceDescriptionController(ObjectFactory<OpenAPIService> openApiService,
			AbstractRequestService requests, GenericResponseService responses, OperationService operations,
			SpringDocConfigProperties properties, SpringDocProviders providers, SpringDocCustomizers customizers) {
		return new ServiceDescriptionController(openApiService, requests, responses, operations, properties, providers,
				customizers);
	}

}
