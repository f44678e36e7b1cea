package dev.khabar.functions.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.aws.JsonMappers;
import dev.khabar.functions.search.OpenApiDescription.ReadAccess;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiDescriptionTest {
    private final ObjectMapper json = JsonMappers.create();

    private JsonNode served(ReadAccess access) throws Exception {
        return json.readTree(OpenApiDescription.fromClasspath(json, access).json());
    }

    @Test
    void shouldServeOpenApi31WithoutApiGatewayExtensionsOrCloudFormationFunctions() throws Exception {
        String text = OpenApiDescription.fromClasspath(json, ReadAccess.PUBLIC).json();
        JsonNode doc = json.readTree(text);
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertFalse(text.contains("x-amazon-apigateway"), "extensions name function ARNs");
        assertFalse(text.contains("Fn::"), "CloudFormation functions are resolved");
        assertTrue(doc.path("paths").has("/search"));
        assertTrue(doc.path("components").path("securitySchemes").has("sigv4"));
    }

    @Test
    void shouldLeaveReadsOpenAndWritesSignedWhenReadsArePublic() throws Exception {
        JsonNode paths = served(ReadAccess.PUBLIC).path("paths");
        assertEquals(0, paths.path("/search").path("get").path("security").size());
        assertEquals("sigv4", paths.path("/articles").path("post").path("security").path(0).fieldNames().next());
    }

    @Test
    void shouldRequireSigV4OnReadsWhenTheDeploymentSaysIam() throws Exception {
        JsonNode paths = served(ReadAccess.IAM).path("paths");
        List<String> unsigned = new ArrayList<>();
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().path("security").size() == 0) {
                unsigned.add(op.getKey() + " " + p.getKey());
            }
        }));
        assertEquals(List.of(), unsigned);
    }

    @Test
    void shouldRefuseAConditionItDoesNotKnow() throws Exception {
        JsonNode definition = json.readTree("{\"paths\":{\"/x\":{\"get\":{\"security\":{\"Fn::If\":[\"SomethingElse\",[],[]]}}}}}");
        assertThrows(IllegalStateException.class, () -> new OpenApiDescription(json, definition, ReadAccess.PUBLIC));
    }

    @Test
    void shouldRejectAnUnknownReadAccessValue() {
        assertEquals(ReadAccess.PUBLIC, ReadAccess.of(null));
        assertEquals(ReadAccess.IAM, ReadAccess.of("iam"));
        assertThrows(IllegalStateException.class, () -> ReadAccess.of("keyed"));
    }
}
