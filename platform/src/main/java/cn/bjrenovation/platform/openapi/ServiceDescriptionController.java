package cn.bjrenovation.platform.openapi;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.customizers.SpringDocCustomizers;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.SpringDocProviders;
import org.springdoc.core.service.AbstractRequestService;
import org.springdoc.core.service.GenericResponseService;
import org.springdoc.core.service.OpenAPIService;
import org.springdoc.core.service.OperationService;
import org.springdoc.webmvc.api.OpenApiResource;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/<service>/openapi}: the service's OpenAPI description (JSON), under the service's own prefix so
 * the gateway routes it like any other call and the duty policy decides who reads it ({@code <service>.openapi.read}).
 * It replaces springdoc's {@code /v3/api-docs} and its {@code .yaml} sibling, which would lie outside the policy.
 * The same for every caller and every locale; its only server is {@code /}, the gateway (or the service) it came from.
 */
@Hidden
@RestController
class ServiceDescriptionController extends OpenApiResource {

	ServiceDescriptionController(ObjectFactory<OpenAPIService> openApiService, AbstractRequestService requests,
			GenericResponseService responses, OperationService operations, SpringDocConfigProperties properties,
			SpringDocProviders providers, SpringDocCustomizers customizers) {
		super(openApiService, requests, responses, operations, properties, providers, customizers);
	}

	@GetMapping(path = "${springdoc.api-docs.path}", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] description() throws JsonProcessingException {
		return writeJsonValue(getOpenApi(null, Locale.ROOT));
	}

	@Override
	protected String getServerUrl(HttpServletRequest request, String apiDocsUrl) {
		return "/";
	}

}
