package dev.khabar.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local front serving the page beside an API route, over real HTTP (no storage servers needed). */
class LocalFrontPageTest {
    @TempDir
    Path dir;
    LocalFront front;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path web = Files.createDirectories(dir.resolve("web/assets"));
        Files.writeString(dir.resolve("web/index.html"), "<!doctype html><title>Khabar</title>");
        Files.writeString(web.resolve("app.js"), "export const rtl = ['ar', 'he', 'fa', 'ur'];");
        Files.writeString(dir.resolve("credentials.txt"), "must never be served");
        Route health = new Route("GET", "/health", (event, context) -> APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200).withBody("{\"status\":\"ok\"}").build());
        front = new LocalFront("127.0.0.1", 0, List.of(health), new ObjectMapper(), WriteGuard.open(), new StaticFiles(dir.resolve("web"))).start();
    }

    @AfterEach
    void stop() {
        front.close();
    }

    HttpResponse<String> request(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + front.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldServeThePageWithItsTypeAndARestrictivePolicy() throws Exception {
        HttpResponse<String> page = request("GET", "/");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
        assertEquals(StaticFiles.CONTENT_SECURITY_POLICY, page.headers().firstValue("content-security-policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElseThrow());
        assertTrue(page.body().contains("Khabar"));
        assertEquals("text/javascript; charset=utf-8",
                request("GET", "/assets/app.js").headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void shouldKeepServingTheApiBesideThePage() throws Exception {
        HttpResponse<String> health = request("GET", "/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("ok"));
    }

    @Test
    void shouldAnswer404ForMissingFilesAnd405ForWrites() throws Exception {
        HttpResponse<String> missing = request("GET", "/assets/missing.css");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("route_not_found"));
        assertEquals(405, request("POST", "/index.html").statusCode());
    }

    @Test
    void shouldNotServeFilesOutsideTheFolderWhateverTheRawPath() throws Exception {
        for (String path : List.of("/assets/../credentials.txt", "/assets/../../web/../credentials.txt",
                "/assets/%2e%2e/credentials.txt", "/assets/..%2Fcredentials.txt")) {
            String reply = rawGet(path);
            assertFalse(reply.contains("must never be served"), path + " → " + reply);
            assertTrue(reply.startsWith("HTTP/1.1 404"), path + " → " + reply);
        }
    }

    /** A hand-written request, so no client normalises the dot segments away. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", front.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
