package dev.khabar.ingest;

import dev.khabar.model.Article;
import dev.khabar.model.IndexState;

/**
 * What happened to one item of a bulk ingest: {@code created}, {@code duplicate} (the same id was
 * already archived, or {@code duplicateOf} names the first article with the same normalised text) or
 * {@code rejected} with a machine-readable code and a reason.
 */
public record IngestOutcome(Status status, String id, String duplicateOf, IndexState indexState, String code,
                            String reason, Article article) {

    public enum Status { CREATED, DUPLICATE, REJECTED }

    public static IngestOutcome created(Article article, IndexState state) {
        return new IngestOutcome(Status.CREATED, article.id(), null, state, null, null, article);
    }

    public static IngestOutcome duplicate(String id, String duplicateOf, IndexState state, Article article) {
        return new IngestOutcome(Status.DUPLICATE, id, duplicateOf, state, null, null, article);
    }

    public static IngestOutcome rejected(String code, String reason) {
        return new IngestOutcome(Status.REJECTED, null, null, null, code, reason, null);
    }

    public IngestOutcome withIndexState(IndexState state) {
        return new IngestOutcome(status, id, duplicateOf, state, code, reason, article);
    }
}
