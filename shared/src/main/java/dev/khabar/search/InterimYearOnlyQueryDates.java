package dev.khabar.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INTERIM: reads only four-digit years ({@code 2026}) and year ranges ({@code 2025-2026}), in
 * Western or Arabic-Indic digits, until the dates module's query reader is wired behind
 * {@link QueryDates}. Months, "since March" and other calendars are not read here.
 */
public final class InterimYearOnlyQueryDates implements QueryDates {
    private static final Pattern YEARS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:19|20)\\d\\d)(?:\\s*[-–/]\\s*((?:19|20)\\d\\d))?(?![\\p{L}\\p{N}])");

    @Override
    public List<DateReading> read(String text) {
        List<DateReading> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String digits = westernDigits(text);
        Matcher m = YEARS.matcher(digits);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) {
                continue;
            }
            out.add(new DateReading(text.substring(m.start(), m.end()), m.start(), m.end(),
                    LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
        }
        return out;
    }

    /** Same length as the input, so offsets stay valid. */
    private static String westernDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '٠' && c <= '٩') {
                b.append((char) ('0' + c - '٠'));
            } else if (c >= '۰' && c <= '۹') {
                b.append((char) ('0' + c - '۰'));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
