package dev.khabar.understand.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates in a short search query ("2026", "يونيو 2026", "since March", "منذ مارس", "last week")
 * against today's date. In a query a bare year is a date (nobody searches for an amount alone), and
 * "since X" runs from the start of X to today.
 */
public final class QueryDateReader {
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\p{L}\\p{N}\\-/.])(1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}\\-/.])");

    private final DateGrammar grammar;
    private final Pattern sinceBefore;

    public QueryDateReader(DateVocabulary vocabulary) {
        this.grammar = vocabulary.grammar();
        this.sinceBefore = Pattern.compile("(?<![\\p{L}\\p{N}])" + vocabulary.alternation("since") + "[ ]*$");
    }

    public List<QueryDate> read(String query, LocalDate today) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<QueryDate> out = new ArrayList<>();
        List<FoundDate> found = grammar.find(query, new DateGrammar.Context(today, DateResolution.PAST, null));
        for (FoundDate d : found) {
            int start = d.start();
            LocalDate to = d.to();
            String before = DateText.of(query.substring(0, start)).folded();
            Matcher since = sinceBefore.matcher(before);
            if (d.valid() && since.find()) {
                start = originalStartOfSuffix(query, start, before.length() - since.start());
                to = today;
            } else if (d.valid() && DateText.of(query.substring(d.start(), d.end())).folded().matches(
                    "(?:" + "since|منذ|מאז" + ").*")) {
                to = today;
            }
            out.add(new QueryDate(query.substring(start, d.end()), start, d.end() - start, d.valid() ? d.from() : null,
                    d.valid() ? to : null, d.valid()));
        }
        Matcher m = BARE_YEAR.matcher(query);
        while (m.find()) {
            int s = m.start();
            if (out.stream().noneMatch(q -> s < q.offset() + q.length() && q.offset() < m.end())) {
                int y = Integer.parseInt(m.group(1));
                out.add(new QueryDate(m.group(), s, m.end() - s, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), true));
            }
        }
        out.sort(java.util.Comparator.comparingInt(QueryDate::offset));
        return out;
    }

    /** Walks back over the original text until {@code foldedChars} folded characters are covered. */
    private static int originalStartOfSuffix(String query, int start, int foldedChars) {
        int i = start;
        int covered = 0;
        while (i > 0 && covered < foldedChars) {
            i--;
            if (DateText.fold(query.charAt(i)) != 0) {
                covered++;
            }
        }
        return i;
    }
}
