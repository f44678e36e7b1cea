package dev.khabar.store;

import java.io.InputStream;
import java.util.List;

/** The files of the archive bucket the inbox door reads and files away (S3). */
public interface InboxFiles {

    /**
     * A stream over the object's bytes; the caller closes it. Never reads the whole object into memory.
     *
     * @return null when there is no such object (S3 may deliver an event twice; the first run moved the file)
     */
    InputStream open(String key);

    void put(String key, byte[] bytes, String contentType);

    /** Copy then delete: S3 has no rename. */
    void move(String from, String to);

    /** Up to {@code max} keys under the prefix, in key order. */
    List<String> list(String prefix, int max);

    /** The object's bytes, or null when there is no such object. */
    byte[] readIfPresent(String key);
}
