package dev.khabar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.AppConfig;
import dev.khabar.aws.Services;
import dev.khabar.aws.Wiring;
import dev.khabar.local.LocalRoutes;
import dev.khabar.local.Route;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** api/openapi.json against template.yaml, the local route table and the error codes the code throws. */
class OpenApiContractTest {
    /**
     * Routes described (and wired in template.yaml) whose handlers other issues are still writing. A
     * route listed here that the local front already serves fails the test: take it off the list.
     */
    static final Set<String> PENDING_ROUTES = Set.of();
    /** Stores nothing, so it follows the read-access parameter like the GET routes. */
    static final Set<String> READS_THAT_POST = Set.of("POST /analyze");
    private static final List<Pattern> THROWN_CODES = List.of(
            // FetchException codes describe a feed fetch in the feed's state, never an HTTP answer.
            Pattern.compile("(?<!DependencyUnavailable|Fetch)Exception\\(\\s*\"([a-z][a-z0-9_]+)\""),
            Pattern.compile("super\\(\\s*\\d{3}\\s*,\\s*\"([a-z][a-z0-9_]+)\""),
            Pattern.compile("error\\(\\s*\\d{3}\\s*,\\s*\"([a-z][a-z0-9_]+)\""));

    private final SamTemplate template = SamTemplate.load(Repo.template());
    private final OpenApiRoutes api = new OpenApiRoutes(Repo.openApi());

    OpenApiContractTest() throws IOException {
    }

    @Test
    void shouldWireEveryDescribedRouteToAFunctionOfTheTemplateThatApiGatewayMayInvoke() {
        Map<String, String> unwired = new TreeMap<>();
        for (Map.Entry<String, JsonNode> op : api.operations().entrySet()) {
            String function = OpenApiRoutes.function(op.getValue());
            if (function == null || !template.ofType("AWS::Serverless::Function").contains(function)) {
                unwired.put(op.getKey(), String.valueOf(function));
            } else if (!invokePermissionOnAlias().contains(function)) {
                unwired.put(op.getKey(), function + " (no AWS::Lambda::Permission for API Gateway on its alias)");
            }
            JsonNode integration = op.getValue().path("x-amazon-apigateway-integration");
            assertEquals("aws_proxy", integration.path("type").asText(), op.getKey());
            assertEquals("2.0", integration.path("payloadFormatVersion").asText(), op.getKey());
        }
        assertEquals(Map.of(), unwired);
    }

    @Test
    void shouldDescribeEveryRouteTheLocalFrontServesWithTheSameHandlerAsTheTemplate() {
        Map<String, DeployedFunctions.Function> functions = DeployedFunctions.of(template);
        Map<String, JsonNode> operations = api.operations();
        List<String> problems = new ArrayList<>();
        Set<String> served = new TreeSet<>();
        for (Route route : localRoutes()) {
            served.add(route.routeKey());
            JsonNode op = operations.get(route.routeKey());
            if (op == null) {
                problems.add(route.routeKey() + " is served locally but not described");
                continue;
            }
            DeployedFunctions.Function fn = functions.get(OpenApiRoutes.function(op));
            String localHandler = route.handler().getClass().getName();
            if (fn == null || !fn.handlerClass().equals(localHandler)) {
                problems.add(route.routeKey() + " is served locally by " + localHandler + " but wired to "
                        + (fn == null ? "nothing" : fn.handlerClass()));
            }
            if (PENDING_ROUTES.contains(route.routeKey())) {
                problems.add(route.routeKey() + " is served now: remove it from PENDING_ROUTES");
            }
        }
        for (String key : operations.keySet()) {
            if (!served.contains(key) && !PENDING_ROUTES.contains(key)) {
                problems.add(key + " is described but not served by LocalRoutes (nor listed as pending)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldRequireSigV4OnEveryWriteRouteAndLetTheParameterDecideForReads() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode signed = json.readTree("[{\"sigv4\":[]}]");
        JsonNode chosen = json.readTree("{\"Fn::If\":[\"ReadsArePublic\",[],[{\"sigv4\":[]}]]}");
        assertTrue(template.conditions().containsKey("ReadsArePublic"), "template.yaml defines ReadsArePublic");
        List<String> wrong = new ArrayList<>();
        api.operations().forEach((key, op) -> {
            boolean read = key.startsWith("GET ") || READS_THAT_POST.contains(key);
            if (!op.path("security").equals(read ? chosen : signed)) {
                wrong.add(key + " security " + op.path("security"));
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals("awsSigv4", api.doc().path("components").path("securitySchemes").path("sigv4")
                .path("x-amazon-apigateway-authtype").asText());
    }

    @Test
    void shouldListEveryErrorCodeTheCodeCanReturn() throws IOException {
        Set<String> described = new TreeSet<>();
        api.doc().path("components").path("schemas").path("Error").path("properties").path("error")
                .path("properties").path("code").path("enum").forEach(c -> described.add(c.asText()));
        Set<String> thrown = thrownCodes();
        assertTrue(thrown.contains("article_not_found") && thrown.contains("internal_error"),
                "the scan finds the codes it should: " + thrown);
        thrown.removeAll(described);
        assertEquals(Set.of(), thrown, "codes thrown in the code but missing from the Error schema of api/openapi.json");
    }

    @Test
    void shouldLetEveryHttpFunctionTimeOutBeforeApiGatewayGivesUpOnIt() {
        List<String> tooSlow = new ArrayList<>();
        api.operations().forEach((key, op) -> {
            String function = OpenApiRoutes.function(op);
            int integrationMs = op.path("x-amazon-apigateway-integration").path("timeoutInMillis").asInt(30_000);
            int functionMs = ((Number) template.functionProperty(function, "Timeout")).intValue() * 1000;
            // Otherwise the caller gets API Gateway's bare 503 while the function still runs.
            if (integrationMs > 30_000 || functionMs >= integrationMs) {
                tooSlow.add(key + ": " + function + " may run " + functionMs + " ms, the integration waits " + integrationMs);
            }
        });
        assertEquals(List.of(), tooSlow);
    }

    @Test
    void shouldDocumentEveryErrorResponseItReferences() {
        JsonNode responses = api.doc().path("components").path("responses");
        List<String> missing = new ArrayList<>();
        api.operations().forEach((key, op) -> op.path("responses").fields().forEachRemaining(r -> {
            String ref = r.getValue().path("$ref").asText();
            if (!ref.isEmpty() && !responses.has(ref.substring(ref.lastIndexOf('/') + 1))) {
                missing.add(key + " " + r.getKey() + " → " + ref);
            }
        }));
        assertEquals(List.of(), missing);
    }

    private Set<String> invokePermissionOnAlias() {
        Set<String> functions = new TreeSet<>();
        for (String name : template.ofType("AWS::Lambda::Permission")) {
            Map<String, Object> p = template.properties(name);
            String target = String.valueOf(SamTemplate.map(p.get("FunctionName")).get("Ref"));
            if ("apigateway.amazonaws.com".equals(p.get("Principal")) && target.endsWith(".Alias")) {
                functions.add(target.substring(0, target.length() - ".Alias".length()));
            }
        }
        return functions;
    }

    private static List<Route> localRoutes() {
        // Handlers only keep references at construction; nothing here opens a connection.
        AppConfig config = new AppConfig("b", "t", "http://127.0.0.1:1", "articles", "us-east-1", null);
        return LocalRoutes.of(Wiring.doors(config, null, null, null));
    }

    static Set<String> thrownCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        Path root = Repo.root();
        List<Path> sources = new ArrayList<>(List.of(root.resolve("shared/src/main/java"), root.resolve("local/src/main/java")));
        try (Stream<Path> modules = Files.list(root.resolve("functions"))) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(sources::add);
        }
        for (Path dir : sources) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    for (Pattern p : THROWN_CODES) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            codes.add(m.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }
}
