package dev.khabar.local.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place on a terminal; when stderr is not a terminal
 * (a script's log) it stays silent so logs hold only the summary.
 */
public final class ProgressBar {
    private static final int BAR_WIDTH = 30;
    private final PrintStream err;
    private final boolean interactive;
    private final String label;
    private long total;
    private long lastDrawn = -1;
    private long lastDrawnAt;

    public ProgressBar(PrintStream err, boolean interactive, String label, long total) {
        this.err = err;
        this.interactive = interactive;
        this.label = label;
        this.total = total;
    }

    public void total(long total) {
        this.total = total;
    }

    public void update(long done) {
        if (!interactive || done == lastDrawn) {
            return;
        }
        long now = System.nanoTime();
        // Redraw at most ~20 times a second: a terminal is slower than a fast export.
        if (done != total && now - lastDrawnAt < 50_000_000L) {
            return;
        }
        lastDrawn = done;
        lastDrawnAt = now;
        err.print('\r' + render(label, done, total));
        err.flush();
    }

    public void finish(long done) {
        if (interactive) {
            lastDrawnAt = 0;
            update(done);
            err.println();
        }
    }

    /** "label [#####.....] 12/40" or, when the total is unknown, "label 12". */
    static String render(String label, long done, long total) {
        if (total <= 0) {
            return label + " " + done;
        }
        long shown = Math.min(done, total);
        int filled = (int) (BAR_WIDTH * shown / total);
        return label + " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total;
    }
}
