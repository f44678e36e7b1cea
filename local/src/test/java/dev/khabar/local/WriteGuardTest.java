package dev.khabar.local;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteGuardTest {

    @Test
    void shouldLetEverythingThroughOnLoopbackWithoutAKey() throws Exception {
        WriteGuard guard = WriteGuard.forBinding("127.0.0.1", null);
        assertTrue(guard.allows("POST", null));
        assertTrue(guard.allows("DELETE", null));
    }

    @Test
    void shouldRefuseToBindBeyondLoopbackWithoutAStrongKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WriteGuard.forBinding("0.0.0.0", null));
        assertTrue(e.getMessage().contains("KHABAR_API_KEY"));
        assertThrows(IllegalStateException.class, () -> WriteGuard.forBinding("0.0.0.0", "short"));
    }

    @Test
    void shouldRequireTheKeyOnWritesButNotOnReadsWhenBoundBeyondLoopback() throws Exception {
        WriteGuard guard = WriteGuard.forBinding("0.0.0.0", "a-long-local-api-key-1234");
        assertTrue(guard.allows("GET", null));
        assertFalse(guard.allows("POST", null));
        assertFalse(guard.allows("POST", "wrong-key"));
        assertFalse(guard.allows("DELETE", "a-long-local-api-key-123"));
        assertTrue(guard.allows("POST", "a-long-local-api-key-1234"));
        assertEquals(true, guard.allows("OPTIONS", null));
    }
}
