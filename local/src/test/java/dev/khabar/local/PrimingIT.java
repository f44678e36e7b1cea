package dev.khabar.local;

import dev.khabar.functions.ingest.IngestApiHandler;
import dev.khabar.functions.search.SearchApiHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SnapStart priming runs once per published version on no one's behalf: it must leave no trace. */
class PrimingIT {
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
    void shouldPrimeBothHttpFunctionsWithoutWritingToTheArchiveOrTheRecords() throws Exception {
        new IngestApiHandler(stack.services()).prime();
        new SearchApiHandler(stack.services()).prime();
        String bucket = stack.stack().config().bucket();
        assertEquals(0, stack.stack().s3().listObjectsV2(b -> b.bucket(bucket)).keyCount(), "objects in the archive");
        assertEquals(0, stack.stack().dynamo().scan(b -> b.tableName(stack.stack().config().table())).count(), "records");
        stack.refresh();
        TestStack.Reply search = stack.get("/search?q=priming");
        assertEquals(200, search.status(), search.text());
        assertEquals(0, search.json().path("total").asLong(), "documents in the index");
        assertTrue(stack.get("/health").json().path("status").asText().equals("ok"));
    }
}
