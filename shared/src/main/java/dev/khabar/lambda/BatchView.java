package dev.khabar.lambda;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khabar.ingest.IngestOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The answer to {@code POST /articles:batch}: counts, then one line per item in request order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchView(int created, int duplicates, int rejected, List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String status, String id, String duplicateOf, String indexState, Error error) {
    }

    public record Error(String code, String message) {
    }

    public static BatchView of(List<IngestOutcome> outcomes) {
        int created = 0;
        int duplicates = 0;
        int rejected = 0;
        List<Item> items = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            IngestOutcome o = outcomes.get(i);
            switch (o.status()) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case REJECTED -> rejected++;
            }
            items.add(new Item(i, o.status().name().toLowerCase(Locale.ROOT), o.id(), o.duplicateOf(),
                    o.indexState() == null ? null : o.indexState().name().toLowerCase(Locale.ROOT),
                    o.code() == null ? null : new Error(o.code(), o.reason())));
        }
        return new BatchView(created, duplicates, rejected, items);
    }
}
