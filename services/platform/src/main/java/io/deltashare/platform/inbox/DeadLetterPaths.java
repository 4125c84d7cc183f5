package io.deltashare.platform.inbox;

import io.deltashare.platform.rest.ApiContract;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Every service answers {@code /api/v1/dead-letters/{service}} for its own name only; its OpenAPI document says so
 * with the name filled in, so the gateway's merged document lists each service's dead letters under their own path.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class DeadLetterPaths implements OASFilter {

    private static final String TEMPLATE = "/api/v1/dead-letters/{service}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String service = ConfigProvider.getConfig()
                .getOptionalValue("deltashare.service-name", String.class)
                .orElseGet(() -> ConfigProvider.getConfig().getValue("quarkus.application.name", String.class));
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(TEMPLATE)) {
                item.getOperations().values().forEach(DeadLetterPaths::dropServiceParameter);
                if (item.getParameters() != null) {
                    List.copyOf(item.getParameters()).stream()
                            .filter(DeadLetterPaths::isServiceParameter)
                            .forEach(item::removeParameter);
                }
                renamed.put(path, item);
            }
        });
        renamed.forEach((path, item) -> {
            openAPI.getPaths().removePathItem(path);
            String named = path.replace("{service}", service);
            item.getOperations()
                    .forEach((method, operation) ->
                            operation.setOperationId(ApiContract.operationId(method.name(), named)));
            openAPI.getPaths().addPathItem(named, item);
        });
    }

    private static void dropServiceParameter(Operation operation) {
        if (operation.getParameters() != null) {
            List.copyOf(operation.getParameters()).stream()
                    .filter(DeadLetterPaths::isServiceParameter)
                    .forEach(operation::removeParameter);
        }
    }

    private static boolean isServiceParameter(Parameter parameter) {
        return "service".equals(parameter.getName()) && parameter.getIn() == Parameter.In.PATH;
    }
}
