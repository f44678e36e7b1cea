package dev.khabar.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticFilesTest {
    @TempDir
    Path dir;
    StaticFiles files;

    @BeforeEach
    void setUp() throws Exception {
        Path web = Files.createDirectories(dir.resolve("web/assets"));
        Files.writeString(dir.resolve("web/index.html"), "<!doctype html><title>Khabar</title>");
        Files.writeString(dir.resolve("web/config.js"), "window.KHABAR_CONFIG = {api: \"\"};");
        Files.writeString(web.resolve("app.css"), "body{}");
        Files.writeString(web.resolve("app.js"), "export {}");
        Files.writeString(web.resolve(".env"), "secret");
        Files.writeString(dir.resolve("secret.txt"), "outside the web folder");
        files = new StaticFiles(dir.resolve("web"));
    }

    @Test
    void shouldServeIndexAtTheRootWithAnHtmlType() throws Exception {
        StaticFiles.File index = files.find("/").orElseThrow();
        assertEquals("text/html; charset=utf-8", index.contentType());
        assertTrue(new String(index.bytes(), StandardCharsets.UTF_8).contains("Khabar"));
        assertEquals("text/html; charset=utf-8", files.find("/index.html").orElseThrow().contentType());
    }

    @Test
    void shouldServeAssetsWithTheirContentTypes() throws Exception {
        assertEquals("text/css; charset=utf-8", files.find("/assets/app.css").orElseThrow().contentType());
        assertEquals("text/javascript; charset=utf-8", files.find("/assets/app.js").orElseThrow().contentType());
        assertEquals("text/javascript; charset=utf-8", files.find("/config.js").orElseThrow().contentType());
    }

    @Test
    void shouldRefusePathsThatTryToLeaveTheFolder() throws Exception {
        assertFalse(files.find("/assets/../../secret.txt").isPresent());
        assertFalse(files.find("/assets/%2e%2e/%2e%2e/secret.txt").isPresent());
        assertFalse(files.find("/assets/..%2f..%2fsecret.txt").isPresent());
        assertFalse(files.find("/assets/..\\..\\secret.txt").isPresent());
        assertFalse(files.find("/assets//app.css").isPresent());
    }

    @Test
    void shouldRefuseHiddenFilesMissingFilesAndUnknownTypes() throws Exception {
        assertFalse(files.find("/assets/.env").isPresent());
        assertFalse(files.find("/assets/missing.js").isPresent());
        assertFalse(files.find("/assets").isPresent());
    }

    @Test
    void shouldLeaveApiPathsToTheApi() throws Exception {
        assertFalse(StaticFiles.isPagePath("/search"));
        assertFalse(StaticFiles.isPagePath("/articles/d2c32dbbdd4ae11e"));
        assertFalse(files.find("/health").isPresent());
        assertTrue(StaticFiles.isPagePath("/assets/app.js"));
    }

    @Test
    void shouldForbidInlineScriptsAndFraming() {
        assertTrue(StaticFiles.CONTENT_SECURITY_POLICY.contains("script-src 'self'"));
        assertFalse(StaticFiles.CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assertTrue(StaticFiles.CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }
}
