package dev.khabar.functions.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The public view of {@code api/openapi.json}, the same file template.yaml gives API Gateway as the
 * API's definition: API Gateway's {@code x-amazon-apigateway-*} extensions are removed (they name
 * function ARNs) and the one CloudFormation condition in it, whether reads need SigV4, is resolved as
 * this deployment resolved it. Built once per container; the answer is the same for every request.
 */
public final class OpenApiDescription {
    static final String RESOURCE = "/openapi/openapi.json";
    private static final String GATEWAY_EXTENSION = "x-amazon-apigateway";
    private final String json;

    /** Whether the GET routes need SigV4; matches template.yaml's ReadAccess parameter. */
    public enum ReadAccess {
        PUBLIC, IAM;

        /** The value of {@code KHABAR_READ_ACCESS}; absent means public, as the template's default. */
        public static ReadAccess of(String value) {
            if (value == null || value.isBlank() || value.equalsIgnoreCase("public")) {
                return PUBLIC;
            }
            if (value.equalsIgnoreCase("iam")) {
                return IAM;
            }
            throw new IllegalStateException("KHABAR_READ_ACCESS must be public or iam, not " + value);
        }
    }

    public OpenApiDescription(ObjectMapper mapper, JsonNode definition, ReadAccess readAccess) {
        Map<String, Boolean> conditions = Map.of("ReadsArePublic", readAccess == ReadAccess.PUBLIC);
        try {
            this.json = mapper.writeValueAsString(publicView(definition.deepCopy(), conditions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenApiDescription fromClasspath(ObjectMapper mapper, ReadAccess readAccess) {
        try (InputStream in = OpenApiDescription.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " (copied from api/openapi.json by the build)");
            }
            return new OpenApiDescription(mapper, mapper.readTree(in), readAccess);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The description as served, serialised once. */
    public String json() {
        return json;
    }

    private static JsonNode publicView(JsonNode node, Map<String, Boolean> conditions) {
        if (node instanceof ObjectNode object) {
            JsonNode condition = object.get("Fn::If");
            if (condition != null && object.size() == 1) {
                return publicView(resolveIf(condition, conditions), conditions);
            }
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (name.startsWith(GATEWAY_EXTENSION)) {
                    object.remove(name);
                } else if (name.startsWith("Fn::") || name.equals("Ref")) {
                    throw new IllegalStateException("api/openapi.json uses " + name + " outside an API Gateway extension");
                } else {
                    object.set(name, publicView(object.get(name), conditions));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, publicView(array.get(i), conditions));
            }
        }
        return node;
    }

    private static JsonNode resolveIf(JsonNode args, Map<String, Boolean> conditions) {
        Iterator<JsonNode> it = args.elements();
        String name = it.next().asText();
        Boolean value = conditions.get(name);
        if (value == null || args.size() != 3) {
            throw new IllegalStateException("api/openapi.json uses an unknown condition " + name);
        }
        return value ? args.get(1) : args.get(2);
    }
}
