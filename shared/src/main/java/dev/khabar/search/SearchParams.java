package dev.khabar.search;

import dev.khabar.errors.InvalidInputException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The explicit parameters of a search, checked: each bad value is a 400 with its own code. Repeated
 * parameters arrive joined by commas (API Gateway's behaviour, copied by the local front).
 */
public record SearchParams(String q, LocalDate from, LocalDate to, Map<Facet, List<String>> filters, SortOrder sort,
                           int size, String cursor, boolean interpret) {
    public static final int MAX_QUERY_CHARS = 1_000;
    public static final int MAX_SIZE = 100;
    static final int MAX_VALUES = 20;
    private static final Pattern ENTITY_ID = Pattern.compile("Q[1-9][0-9]{0,11}|L:[^,]{1,120}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public static SearchParams read(Function<String, String> param, SortOrder defaultSort) {
        String q = param.apply("q");
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new InvalidInputException("query_too_long", "The query is longer than " + MAX_QUERY_CHARS + " characters.");
        }
        LocalDate from = date(param.apply("from"), "from", false);
        LocalDate to = date(param.apply("to"), "to", true);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("invalid_date_range", "'from' is after 'to'.");
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = list(param.apply(f.parameter()), f.parameter());
            if (f == Facet.ENTITY || f == Facet.SOURCE_COUNTRY || f == Facet.ABOUT_COUNTRY) {
                for (String v : values) {
                    if (!ENTITY_ID.matcher(v).matches()) {
                        throw new InvalidInputException("invalid_entity",
                                "Parameter '" + f.parameter() + "' takes entity ids such as Q30.");
                    }
                }
            }
            if (!values.isEmpty()) {
                filters.put(f, values);
            }
        }
        String interpret = param.apply("interpret");
        if (interpret != null && !interpret.isBlank() && !interpret.equals("true") && !interpret.equals("false")) {
            throw new InvalidInputException("invalid_interpret", "Parameter 'interpret' must be true or false.");
        }
        String cursor = param.apply("cursor");
        return new SearchParams(q, from, to, filters, SortOrder.parse(param.apply("sort"), defaultSort),
                size(param.apply("size")), cursor == null || cursor.isBlank() ? null : cursor.strip(),
                !"false".equals(interpret));
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || from != null || to != null;
    }

    public SearchParams withFilter(Facet facet, String value) {
        Map<Facet, List<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        more.put(facet, List.of(value));
        return new SearchParams(q, from, to, more, sort, size, cursor, interpret);
    }

    static int size(String size) {
        if (size == null || size.isBlank()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(size.strip());
            if (n < 1 || n > MAX_SIZE) {
                throw new InvalidInputException("invalid_size", "Parameter 'size' must be between 1 and " + MAX_SIZE + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("invalid_size", "Parameter 'size' must be a whole number between 1 and " + MAX_SIZE + ".");
        }
    }

    /** {@code 2026}, {@code 2026-06} or {@code 2026-06-07}; a year or month means its first or last day. */
    static LocalDate date(String value, String name, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var m = DATE.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidInputException("invalid_date", "Parameter '" + name + "' must be YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return ym.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidInputException("invalid_date", "Parameter '" + name + "' is not a calendar date.");
        }
    }

    static List<String> list(String raw, String name) {
        List<String> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (String v : raw.split(",")) {
            String s = v.strip();
            if (s.isEmpty() || out.contains(s)) {
                continue;
            }
            if (s.length() > 200 || out.size() >= MAX_VALUES) {
                throw new InvalidInputException("invalid_filter", "Parameter '" + name + "' has too many or too long values.");
            }
            out.add(s);
        }
        return out;
    }
}
