package dev.khabar.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /openapi.json through the local front: the description of the routes this front serves. */
class OpenApiIT {
    private static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void shouldServeTheOpenApiDescriptionOfEveryLocalRoute() throws Exception {
        TestStack.Reply reply = stack.get("/openapi.json");
        assertEquals(200, reply.status(), reply.text());
        assertEquals("3.1.0", reply.json().path("openapi").asText());
        assertFalse(reply.text().contains("x-amazon-apigateway"));
        for (Route route : LocalRoutes.of(stack.services())) {
            String method = route.method().toLowerCase(java.util.Locale.ROOT);
            assertTrue(reply.json().path("paths").path(route.template()).has(method), route.routeKey());
        }
    }
}
