package dev.khabar.reindex;

/**
 * Starts a reindex without waiting for it: a rebuild outlasts any HTTP request, so POST /reindex
 * only hands the work over (to the reindex function on AWS, to a background thread locally).
 */
public interface ReindexStarter {

    /** @param mode full, pending or reextract (already validated) */
    void start(String mode);
}
