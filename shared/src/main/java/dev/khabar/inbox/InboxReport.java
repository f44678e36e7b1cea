package dev.khabar.inbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The tally of one inbox file, written beside it in {@code processed/} (and while it runs, as
 * progress) so whoever dropped the file can see what became of every line.
 */
public final class InboxReport {
    static final int MAX_LISTED_REJECTIONS = 100;

    public record Rejection(String where, String code, String reason) {
    }

    private final String file;
    private long items;
    private long created;
    private long duplicates;
    private long rejected;
    private long pending;
    private boolean done;
    private boolean gone;
    private final List<Rejection> rejections = new ArrayList<>();

    public InboxReport(String file) {
        this.file = file;
    }

    void created(boolean indexed) {
        items++;
        created++;
        if (!indexed) {
            pending++;
        }
    }

    void duplicate() {
        items++;
        duplicates++;
    }

    void rejected(String where, String code, String reason) {
        items++;
        rejected++;
        if (rejections.size() < MAX_LISTED_REJECTIONS) {
            rejections.add(new Rejection(where, code, reason));
        }
    }

    void finish() {
        done = true;
    }

    void gone() {
        done = true;
        gone = true;
    }

    /** The file was no longer in the inbox (already processed by an earlier delivery of the same event). */
    public boolean isGone() {
        return gone;
    }

    public String getFile() {
        return file;
    }

    public long getItems() {
        return items;
    }

    public long getCreated() {
        return created;
    }

    public long getDuplicates() {
        return duplicates;
    }

    public long getRejected() {
        return rejected;
    }

    /** Created but not yet searchable: the index was down; the pending repair picks them up. */
    public long getPending() {
        return pending;
    }

    public boolean isDone() {
        return done;
    }

    public List<Rejection> getRejections() {
        return List.copyOf(rejections);
    }
}
