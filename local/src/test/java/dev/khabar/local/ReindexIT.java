package dev.khabar.local;

import dev.khabar.aws.Doors;
import dev.khabar.reindex.Reindexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebuilding the index from the archive while searches keep answering. */
class ReindexIT {
    private static final String[] CITIES = {"الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة", "أبها", "تبوك", "حائل"};
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
    void shouldRebuildIntoANewGenerationWithTheSameCountWhileSearchesKeepAnswering() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 80; i++) {
            String city = CITIES[i % CITIES.length];
            batch.append(i == 0 ? "" : ",").append("{\"title\":\"أمانة ").append(city).append(" تعلن خطة الصيانة رقم ").append(i)
                    .append("\",\"body\":\"أعلنت أمانة ").append(city).append(" عن خطة صيانة للطرق تشمل ").append(i + 3)
                    .append(" شارعا رئيسيا خلال الأسبوع المقبل.\",\"url\":\"https://www.alriyadh.com/city/").append(i).append("\"}");
        }
        TestStack.Reply created = stack.postJson("/articles:batch", batch.append("]").toString());
        assertEquals(80, created.json().path("created").asInt(), created.text());
        stack.refresh();
        long before = stack.get("/search?q=%D8%B5%D9%8A%D8%A7%D9%86%D8%A9&size=1").json().path("total").asLong();
        assertEquals(80, before);

        Doors doors = stack.stack().doors();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Integer> failures = new ArrayList<>();
        Thread searcher = new Thread(() -> {
            while (rebuilding.get()) {
                try {
                    TestStack.Reply r = stack.get("/search?q=%D8%B5%D9%8A%D8%A7%D9%86%D8%A9&size=1");
                    if (r.status() != 200 || r.json().path("total").asLong() == 0) {
                        synchronized (failures) {
                            failures.add(r.status());
                        }
                    }
                    answered.incrementAndGet();
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(-1);
                    }
                }
            }
        });
        searcher.start();
        Reindexer.Report report;
        try {
            report = doors.reindexer().rebuild();
        } finally {
            rebuilding.set(false);
            searcher.join();
        }
        assertEquals(80, report.indexed(), report.toString());
        assertEquals(stack.stack().config().indexAlias() + "-v2", report.to());
        assertTrue(answered.get() > 0, "searches ran during the rebuild");
        assertTrue(failures.isEmpty(), "every search during the rebuild answered with hits: " + failures);
        long after = stack.get("/search?q=%D8%B5%D9%8A%D8%A7%D9%86%D8%A9&size=1").json().path("total").asLong();
        assertEquals(before, after);

        Reindexer.Report pending = doors.reindexer().pending();
        assertEquals(0, pending.considered(), "nothing was left pending");
    }
}
