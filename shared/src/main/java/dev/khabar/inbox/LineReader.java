package dev.khabar.inbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream line by line as bytes, holding at most one line (capped) in memory, so a JSONL file
 * of any length streams within a Lambda's memory and a bad byte spoils one line, not the file.
 */
final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;

    /** A line, or {@code tooLong} with its first bytes only when it went past the cap. */
    record Line(byte[] bytes, boolean tooLong) {
    }

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** @return the next line without its terminator, or null at the end of the stream */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    return any ? finish(line, tooLong) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int length = pos - start;
            if (!tooLong) {
                int room = maxLineBytes - line.size();
                if (length > room) {
                    line.write(buffer, start, Math.max(room, 0));
                    tooLong = true;
                } else {
                    line.write(buffer, start, length);
                }
            }
            if (pos < end) {
                pos++;
                return finish(line, tooLong);
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private static Line finish(ByteArrayOutputStream line, boolean tooLong) {
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (!tooLong && n > 0 && bytes[n - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, n - 1);
        }
        return new Line(bytes, tooLong);
    }
}
