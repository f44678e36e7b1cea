package dev.khabar.local.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KhabarCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new KhabarCli(env, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), false).run(List.of(args));
    }

    @Test
    void shouldDefaultToTheLocalApiOnKhabarPort() {
        assertEquals(URI.create("http://127.0.0.1:3000"), KhabarCli.apiUri(null, Map.of()));
        assertEquals(URI.create("http://127.0.0.1:3100"), KhabarCli.apiUri(null, Map.of("KHABAR_PORT", "3100")));
        assertEquals(URI.create("https://api.example.org"), KhabarCli.apiUri(null, Map.of("KHABAR_API", "https://api.example.org")));
        assertEquals(URI.create("http://10.0.0.5:3000"), KhabarCli.apiUri("http://10.0.0.5:3000", Map.of("KHABAR_API", "https://x.org")));
    }

    @Test
    void shouldRefuseAnApiThatIsNotHttp() {
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> KhabarCli.apiUri("ftp://x.org", Map.of())).exitCode());
        assertEquals(ExitCodes.USAGE, assertThrows(CliException.class, () -> KhabarCli.apiUri("not a url", Map.of())).exitCode());
    }

    @Test
    void shouldSignOnlyApisThatAreNotLoopback() {
        assertTrue(KhabarCli.isLocal(URI.create("http://127.0.0.1:3000")));
        assertTrue(KhabarCli.isLocal(URI.create("http://localhost:3000")));
        assertFalse(KhabarCli.isLocal(URI.create("https://abc123.execute-api.eu-west-1.amazonaws.com")));
    }

    @Test
    void shouldExitWithUsageForAnUnknownCommandOrOption() {
        assertEquals(ExitCodes.USAGE, run(Map.of(), "serach", "q"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command serach"));
        assertEquals(ExitCodes.USAGE, run(Map.of(), "search", "q", "--langs", "ar"));
        assertEquals(ExitCodes.USAGE, run(Map.of()));
        assertEquals(ExitCodes.OK, run(Map.of(), "help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("exit codes"));
    }

    @Test
    void shouldExitWithUnavailableWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(ExitCodes.UNAVAILABLE, run(Map.of(), "search", "السفارة", "--api", "http://127.0.0.1:" + port));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot reach"));
    }

    @Test
    void shouldNeedOutForExportAndAPathForIngest() {
        assertEquals(ExitCodes.USAGE, run(Map.of(), "export", "Ankara"));
        assertEquals(ExitCodes.USAGE, run(Map.of(), "ingest"));
        assertEquals(ExitCodes.USAGE, run(Map.of(), "ingest", "/no/such/folder/of/articles"));
        assertEquals(ExitCodes.USAGE, run(Map.of(), "export", "Ankara", "--out", "x.xml", "--format", "xml"));
    }
}
