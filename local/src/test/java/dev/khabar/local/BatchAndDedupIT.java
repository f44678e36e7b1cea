package dev.khabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /articles:batch and dedup across URLs, against the real servers. */
class BatchAndDedupIT {
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
    void shouldReportEachItemOfABatchAndMakeTheNewOnesSearchable() throws Exception {
        TestStack.Reply reply = stack.postJson("/articles:batch", """
                {"articles":[
                 {"title":"وزارة التعليم تعلن موعد بدء العام الدراسي","body":"أعلنت وزارة التعليم أن العام الدراسي الجديد يبدأ في الثالث والعشرين من أغسطس في جميع مناطق المملكة.","url":"https://www.okaz.com.sa/news/local/education-2015"},
                 {"title":"Only a title, no story"},
                 {"title":"Istanbul metro extension opens","body":"A new metro line linking Istanbul's airport to the city centre opened on Saturday.","url":"https://news.example.org/tr/metro"},
                 {"title":"Istanbul metro extension opens","body":"A new metro line linking Istanbul's airport to the city centre opened on Saturday.","url":"https://news.example.org/tr/metro/?utm_campaign=rss"}
                ]}""");
        assertEquals(200, reply.status(), reply.text());
        JsonNode json = reply.json();
        assertEquals(2, json.path("created").asInt());
        assertEquals(1, json.path("rejected").asInt());
        assertEquals(1, json.path("duplicates").asInt());
        assertEquals("missing_body", json.path("items").path(1).path("error").path("code").asText());
        assertEquals("indexed", json.path("items").path(0).path("indexState").asText());
        assertEquals(json.path("items").path(2).path("id").asText(), json.path("items").path(3).path("id").asText());

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("العام الدراسي", StandardCharsets.UTF_8));
        assertEquals(json.path("items").path(0).path("id").asText(), found.json().path("hits").path(0).path("id").asText());
    }

    @Test
    void shouldRefuseMoreThanAHundredArticlesWith413() throws Exception {
        String one = "{\"body\":\"Cairo opens a new monorail line to the administrative capital.\"},";
        TestStack.Reply reply = stack.postJson("/articles:batch", "[" + one.repeat(101).replaceAll(",$", "") + "]");
        assertEquals(413, reply.status());
        assertEquals("batch_too_large", reply.json().path("error").path("code").asText());
    }

    @Test
    void shouldRecordTheSameStoryUnderASecondUrlAsADuplicateOfTheFirstAndIndexItOnce() throws Exception {
        String body = "أكدت هيئة الأرصاد أن موجة الحر ستستمر على المنطقة الشرقية حتى نهاية الأسبوع مع درجات حرارة تتجاوز الخمسين.";
        TestStack.Reply first = stack.postJson("/articles", "{\"title\":\"استمرار موجة الحر في الشرقية\",\"body\":\"" + body
                + "\",\"url\":\"https://www.alyaum.com/articles/heatwave-east\"}");
        TestStack.Reply second = stack.postJson("/articles", "{\"title\":\"استمرار موجة الحرّ في الشرقية\",\"body\":\"" + body
                + "\",\"url\":\"https://sabq.org/saudia/weather/heatwave\"}");
        assertEquals(201, first.status(), first.text());
        String firstId = first.json().path("id").asText();
        String secondId = second.json().path("id").asText();
        assertEquals("skipped", second.json().path("indexState").asText(), second.text());
        assertEquals(firstId, stack.services().records().get(secondId).orElseThrow().duplicateOf());

        stack.refresh();
        TestStack.Reply found = stack.get("/search?q=" + URLEncoder.encode("موجة الحر", StandardCharsets.UTF_8));
        assertEquals(1, found.json().path("total").asInt(), found.text());
        assertEquals(firstId, found.json().path("hits").path(0).path("id").asText());
    }
}
