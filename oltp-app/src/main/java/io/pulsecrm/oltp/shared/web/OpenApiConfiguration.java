package io.pulsecrm.oltp.shared.web;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description at /v3/api-docs, including the problem answers every endpoint can give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI pulseCrmApi() {
        return new OpenAPI().info(new Info()
                .title("Pulse CRM operational API")
                .version("v1")
                .description("""
                        Opportunity stages and opportunities. Every error is an RFC 9457 problem \
                        (application/problem+json) with `code` and `errors: [{field, message}]`."""));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    addProblems(path, method, operation)));
        };
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        operation.getResponses().addApiResponse("400", problem("Invalid input: `errors` names each bad field"));
        if (path.contains("{id}")) {
            operation.getResponses().addApiResponse("404", problem("No such resource"));
        }
        if (method != PathItem.HttpMethod.GET) {
            operation.getResponses().addApiResponse("409",
                    problem("Conflicts with the current state (stale version, closed deal, stage in use…)"));
        }
    }

    private static ApiResponse problem(String description) {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("JSON property, query parameter or path variable"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new StringSchema().example("urn:pulsecrm:problem:opportunity-closed"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema(),
                        "code", new StringSchema().example("opportunity-closed"),
                        "errors", new ArraySchema().items(fieldProblem)));
    }
}
