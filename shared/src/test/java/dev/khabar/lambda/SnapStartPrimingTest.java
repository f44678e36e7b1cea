package dev.khabar.lambda;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapStartPrimingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void shouldRunThePrimingWhenTheCheckpointIsAboutToBeTaken() {
        AtomicInteger runs = new AtomicInteger();
        SnapStartPriming priming = new SnapStartPriming("search-api", runs::incrementAndGet, log);
        priming.beforeCheckpoint(null);
        assertEquals(1, runs.get());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"message\":\"primed\""));
    }

    @Test
    void shouldNeverFailTheSnapshotWhenPrimingThrows() {
        SnapStartPriming priming = new SnapStartPriming("ingest-api", () -> {
            throw new IllegalStateException("OpenSearch refused the connection");
        }, log);
        assertDoesNotThrow(() -> priming.beforeCheckpoint(null));
        String line = out.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("priming failed: IllegalStateException"), line);
        assertTrue(!line.contains("refused"), "the exception's text is not logged: " + line);
    }

    @Test
    void shouldDoNothingAfterRestore() {
        AtomicInteger runs = new AtomicInteger();
        new SnapStartPriming("search-api", runs::incrementAndGet, log).afterRestore(null);
        assertEquals(0, runs.get());
    }

    @Test
    void shouldRegisterOnAJvmWithoutCheckpointSupport() {
        AtomicInteger runs = new AtomicInteger();
        assertDoesNotThrow(() -> new SnapStartPriming("search-api", runs::incrementAndGet, log).register());
        assertEquals(0, runs.get(), "registering alone never primes");
    }
}
