package io.deltashare.platform.inbox;

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
 * with the name filled in, so the gateway's merged document lists each service's dead letters under their own path,
 * and their operation ids name the service ({@code list{Service}DeadLetters} is {@code listBookingDeadLetters}).
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
                    .values()
                    .forEach(operation -> operation.setOperationId(
                            operation.getOperationId().replace("{Service}", pascalCase(service))));
            openAPI.getPaths().addPathItem(named, item);
        });
    }

    /** {@code InstrumentCatalog} for {@code instrument-catalog}: how an operation id names the service. */
    static String pascalCase(String service) {
        StringBuilder name = new StringBuilder();
        for (String word : service.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
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
