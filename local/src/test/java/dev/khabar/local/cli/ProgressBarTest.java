package dev.khabar.local.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {
    @Test
    void shouldFillTheBarInProportion() {
        assertEquals("ingesting [..............................] 0/7", ProgressBar.render("ingesting", 0, 7));
        assertEquals("ingesting [###############...............] 5/10", ProgressBar.render("ingesting", 5, 10));
        assertEquals("ingesting [##############################] 7/7", ProgressBar.render("ingesting", 7, 7));
    }

    @Test
    void shouldCountWithoutABarWhenTheTotalIsUnknown() {
        assertEquals("exporting 42", ProgressBar.render("exporting", 42, 0));
    }

    @Test
    void shouldStaySilentWhenStderrIsNotATerminal() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(sink, true, StandardCharsets.UTF_8), false, "ingesting", 3);
        bar.update(1);
        bar.finish(3);
        assertEquals(0, sink.size());
    }

    @Test
    void shouldRedrawInPlaceAndEndWithTheFinalCount() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(sink, true, StandardCharsets.UTF_8), true, "ingesting", 3);
        bar.update(1);
        bar.finish(3);
        String shown = sink.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\ringesting"));
        assertTrue(shown.endsWith("3/3" + System.lineSeparator()), shown);
    }
}
