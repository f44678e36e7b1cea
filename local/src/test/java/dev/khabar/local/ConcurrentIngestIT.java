package dev.khabar.local;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fifty clients post the same article at the same instant: one record, one id, no 5xx. */
class ConcurrentIngestIT {

    @Test
    void shouldCreateOneRecordWhenFiftyIdenticalPostsRace() throws Exception {
        String body = "{\"title\":\"زلزال بقوة 5.1 درجة يضرب جنوب تركيا\",\"body\":\"ضرب زلزال بقوة 5.1 درجة على مقياس ريختر ولاية كهرمان مرعش جنوبي تركيا فجر اليوم، دون أنباء فورية عن وقوع إصابات، بحسب إدارة الكوارث والطوارئ التركية (آفاد).\",\"url\":\"https://www.example-akhbar.com/world/turkey-quake-5-1\"}";
        try (TestStack stack = TestStack.start()) {
            ExecutorService pool = Executors.newFixedThreadPool(50);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestStack.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return stack.post("/articles", "application/json", body.getBytes(StandardCharsets.UTF_8));
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<TestStack.Reply> f : replies) {
                TestStack.Reply r = f.get();
                assertTrue(r.status() == 200 || r.status() == 201, "status " + r.status() + ": " + r.text());
                ids.add(r.json().path("id").asText());
                created += r.status() == 201 ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, ids.size(), "one id for all");
            assertEquals(1, created, "exactly one 201");
            String id = ids.iterator().next();
            assertTrue(stack.services().records().get(id).isPresent());
            stack.refresh();
            assertEquals(1, stack.get("/search?q=%D9%83%D9%87%D8%B1%D9%85%D8%A7%D9%86").json().path("total").asInt());
            ReliabilityLog.record("fifty-identical-posts", java.util.Map.of("requests", 50, "ids", ids.size(),
                    "created", created, "records", 1, "duplicates", ids.size() - 1));
        }
    }
}
