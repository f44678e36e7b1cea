package dev.khabar.understand.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date rules: each is a regular expression over the folded text (see {@link DateText}) built from
 * the vocabulary, with a resolver that turns a match into an interval. All rules run; overlapping
 * matches are settled longest first, then "X to Y" pairs become ranges. Compiled once; the compiled
 * patterns are immutable, so one instance serves all threads.
 */
final class DateGrammar {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String NL = "(?![\\p{L}])";
    private static final String SEP = "(?:[ ]*,[ ]*|[ ]+)";
    private static final String YEAR_SUFFIX = "(?:[ ]*(?:ميلاديه|ميلادي|م)" + NL + ")?";
    /** Function words after which a month name alone is a date ("in March", "منذ مارس", "במרץ"). */
    private static final String MONTH_CUES = "(?:في|شهر|خلال|منذ|حتى|بين|من|الى|و|مطلع|اوائل|اواخر|منتصف|نهايه|بدايه"
            + "|in|since|during|until|by|of|between|from|and|to|through|early|late|mid|end of"
            + "|ב|מ|עד|מאז|בין|ל|ו|באמצע)";

    private final DateVocabulary vocab;
    private final List<Rule> rules = new ArrayList<>();
    private final Pattern rangeJoin;
    private final Pattern andJoin;
    private final Pattern rangeFromBefore;
    private final Pattern betweenBefore;
    private final DateAnchors anchors;

    private interface Resolver {
        FoundDate resolve(Matcher m, Context c);
    }

    /** {@code reach}: how many characters before its anchor a match of the rule can begin. */
    private record Rule(String name, int anchor, int reach, Pattern pattern, Resolver resolver) {
    }

    /** What resolving needs beyond the match: reference day, direction, numeric order. */
    record Context(LocalDate reference, DateResolution resolution, String language) {
        boolean monthFirst() {
            return "en".equals(language);
        }

        /** "next Wednesday" is Wednesday of next week in English and Hebrew, the coming Wednesday in Arabic and Turkish. */
        boolean nextMeansNextWeek() {
            return "en".equals(language) || "he".equals(language);
        }
    }

    DateGrammar(DateVocabulary vocab) {
        this.vocab = vocab;
        this.anchors = new DateAnchors(vocab);
        String month = vocab.alternation("month", "month-abbr");
        String monthWide = vocab.alternation("month");
        String weekday = vocab.alternation("weekday", "weekday-abbr");
        String weekdayWide = vocab.alternation("weekday");
        String rangeFrom = vocab.alternation("range-from", "range-between");
        String rangeTo = "(?:-|/|" + vocab.alternation("range-to") + ")";
        String rangeToOrAnd = "(?:-|/|" + vocab.alternation("range-to", "range-and") + ")";
        String yearCue = vocab.alternation("year-before");
        String modifier = vocab.alternation("modifier");
        String number = "(?:\\d{1,3}|" + vocab.alternation("number") + ")";
        String mon = "(?:شهر[ ]+)?(?:[בלו]-?)?(?<%s>" + month + ")" + NL + "(?:[ ]*[/(][ ]*" + month + "(?:[ ]*\\))?)?";
        String day = "(?:the[ ]+|ה-?|ב-?)?(?:(?:اليوم|يوم)[ ]+)?(?<%s>[0-3]?\\d|" + vocab.alternation("ordinal-day")
                + ")(?:st|nd|rd|th|\\.|')?(?![\\p{L}\\d])";
        String year = "(?<%s>1[5-9]\\d\\d|2[01]\\d\\d)(?!\\d)" + YEAR_SUFFIX;
        String wd = "(?:(?:يوم|ב?יום)[ ]+)?(?<%s>" + weekday + ")" + NL;
        String monthYearCue = "(?:(?:من[ ]+)?(?:عام|سنه|لعام)[ ]*|of[ ]+)?";

        add("iso", DateAnchors.YEAR, 0, B + "(?<y>\\d{4})(?<s>[-/.])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?!\\d)", this::iso);
        add("numeric", DateAnchors.NUMERIC, 0, B + "(?<a>\\d{1,2})(?<s>[-/.])(?<b>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?![\\d.])"
                + "(?<h>[ ]*(?:هجريه|هجري|ه)" + NL + ")?", this::numeric);
        add("month-year-numeric", DateAnchors.YEAR, 3, B + "(?<m>\\d{1,2})/(?<y>\\d{4})(?![\\d/])", this::numericMonthYear);
        add("day-range-month", DateAnchors.MONTH, 32, B + "(?:" + rangeFrom + "[ ]*)?" + day.formatted("d1") + "[ ]*" + rangeToOrAnd + "[ -]*"
                + day.formatted("d2") + "[ ]+(?:(?:من|of)[ ]+)?" + mon.formatted("m") + "(?:" + SEP + monthYearCue + year.formatted("y") + ")?",
                this::dayRange);
        add("month-day-range", DateAnchors.MONTH, 16, B + "(?:" + rangeFrom + "[ ]*)?" + mon.formatted("m") + "[ ]+" + day.formatted("d1") + "[ ]*" + rangeTo
                + "[ -]*" + day.formatted("d2") + "(?:" + SEP + year.formatted("y") + ")?", this::dayRange);
        add("day-month-year", DateAnchors.MONTH, 32, B + "(?:" + wd.formatted("w1") + SEP + "(?:(?:الموافق|في)[ ]+)?)?" + day.formatted("d")
                + "(?:[ ]+(?:(?:من|of)[ ]+)?|[-/])" + mon.formatted("m") + "(?:(?:" + SEP + "|[-/])" + monthYearCue + year.formatted("y") + ")?(?:" + SEP
                + wd.formatted("w2") + ")?", this::dayMonth);
        add("month-day-year", DateAnchors.MONTH, 16, B + "(?:" + wd.formatted("w1") + SEP + ")?" + mon.formatted("m") + "[ ]+" + day.formatted("d")
                + "(?:" + SEP + year.formatted("y") + ")?(?:" + SEP + wd.formatted("w2") + ")?", this::dayMonth);
        add("year-month-iso", DateAnchors.YEAR, 0, B + "(?<y>(?:19|20)\\d\\d)[-/](?<m>0?[1-9]|1[0-2])(?![\\d\\-/.])", this::numericMonthYear);
        add("month-modifier", DateAnchors.MONTH, 14, B + "(?:(?<m1>" + modifier + ")[ ]+(?<mA>" + monthWide + ")|(?<mB>" + monthWide + ")[ ]+(?<m2>"
                + modifier + "))" + NL, this::monthModifier);
        String part = vocab.alternation("part");
        add("part-of-month", DateAnchors.MONTH, 20, B + "(?:في[ ]+)?(?<p>" + part + ")[ -]*(?:(?:of|the)[ ]+)?(?:شهر[ ]+)?(?:[בל]-?)?(?<m>" + month + ")" + NL
                + "(?:" + SEP + monthYearCue + year.formatted("y") + ")?", this::partOfMonth);
        add("part-of-year", DateAnchors.YEAR, 22, B + "(?<p>" + part + ")[ -]*(?:(?:of|the)[ ]+)?(?:(?:عام|العام|سنه|year)[ ]+)?" + year.formatted("y"),
                this::partOfYear);
        String relUnit = "(?:(?<t1>" + vocab.alternation("this") + ")[ ]+(?<u1>" + vocab.alternation("unit") + ")(?:[ ]+(?<mod1>" + modifier
                + "))?|(?<u2>" + vocab.alternation("unit") + ")[ ]+(?<mod2>" + modifier + ")|(?<mod3>" + modifier + ")[ ]+(?<u3>"
                + vocab.alternation("unit") + ")|(?<u4>" + vocab.alternation("unit") + "))" + NL;
        add("day-of-relative-month", DateAnchors.UNIT, 32, B + day.formatted("d") + "(?:[ ]+day)?[ ]+(?:(?:من|of)[ ]+)?(?:the[ ]+)?" + relUnit,
                this::dayOfRelativeMonth);
        add("part-of-relative", DateAnchors.UNIT, 40, B + "(?:(?:at|في)[ ]+)?(?<p>" + part + ")[ -]*(?:(?:of|the)[ ]+)?" + relUnit, this::partOfRelative);
        add("weekday-of-week", DateAnchors.WEEKDAY, 6, B + "(?:(?:يوم|ב?יום)[ ]+)?ב?(?<w>" + weekday + ")" + NL + "(?:'s)?[ ]+(?:(?:من|of|from|in)[ ]+)?"
                + "(?:(?<t1>" + vocab.alternation("this") + ")[ ]+(?<u1>" + vocab.alternation("unit") + ")|(?<u2>" + vocab.alternation("unit")
                + ")[ ]+(?<mod2>" + modifier + ")|(?<mod3>" + modifier + ")[ ]+(?<u3>" + vocab.alternation("unit") + "))" + NL, this::weekdayOfWeek);
        add("week-of-weekday", DateAnchors.WEEKDAY, 20, B + "(?<mod3>" + modifier + ")[ ]+(?<u3>" + vocab.alternation("unit") + ")(?:'s)?[ ]+(?<w>"
                + weekday + ")" + NL, this::weekdayOfWeek);
        add("last-n-units", DateAnchors.COUNT_UNIT, 20, B + "(?:(?<mod1>" + modifier + ")[ ]+(?<n1>" + number + ")[ ]+(?<u1>" + vocab.alternation("count-unit")
                + ")|(?<u2>" + vocab.alternation("count-unit") + ")[ ]+(?:ال)?(?<n2>" + number + ")[ ]+(?<mod2>" + modifier + "))" + NL, this::lastNUnits);
        add("month-year", DateAnchors.MONTH, 5, B + mon.formatted("m") + SEP + monthYearCue + year.formatted("y"), this::monthYear);
        add("month-range", DateAnchors.MONTH, 20, B + "(?:" + rangeFrom + "[ ]*)?(?:شهر[ ]+)?(?<m1>" + monthWide + ")" + NL + "[ ]*" + rangeToOrAnd
                + "[ -]*(?:شهر[ ]+)?(?<m2>" + monthWide + ")" + NL + "(?:" + SEP + monthYearCue + year.formatted("y") + ")?", this::monthRange);
        add("month-alone", DateAnchors.MONTH, 10, B + "(?<cue>" + MONTH_CUES + ")[ -]*(?<mp>(?:شهر[ ]+)?(?<m>" + monthWide + "))" + NL, this::monthAlone);
        add("year-range", DateAnchors.YEAR, 22, B + "(?:" + rangeFrom + "[ ]*)?(?:" + yearCue + "[ ]*)?(?<y1>(?:19|20)\\d\\d)[ ]*" + rangeTo
                + "[ -]*(?:" + yearCue + "[ ]*)?(?<y2>(?:19|20)?\\d\\d)(?!\\d)" + YEAR_SUFFIX, this::yearRange);
        add("year-between", DateAnchors.YEAR, 22, B + vocab.alternation("range-between") + "[ ]*(?:" + yearCue + "[ ]*)?(?<y1>(?:19|20)\\d\\d)[ ]*"
                + vocab.alternation("range-and") + "[ -]*(?:" + yearCue + "[ ]*)?(?<y2>(?:19|20)?\\d\\d)(?!\\d)" + YEAR_SUFFIX, this::yearRange);
        add("year-cue", DateAnchors.YEAR, 14, B + yearCue + "[ ]*" + year.formatted("y"), this::year);
        add("year-suffix", DateAnchors.YEAR, 0, B + year.formatted("y") + "(?:'(?:da|de|ta|te|dan|den|tan|ten|nda|nde|e|a|ye|ya|i|in)"
                + "|[ ]+" + vocab.alternation("year-after") + ")" + NL, this::year);
        add("hijri", DateAnchors.HIJRI, 24, B + "(?:" + day.formatted("d") + "[ ]+)?(?:من[ ]+)?(?:شهر[ ]+)?(?<m>" + vocab.alternation("hijri-month") + ")" + NL
                + "[ ,]*(?:(?:عام|سنه|لعام)[ ]+)?(?<y>1[2-5]\\d\\d)(?!\\d)(?:[ ]*(?:هجريه|هجري|ه|ah)" + NL + ")?",
                (m, c) -> hijri(m, c, m.group("y") != null));
        add("hijri-no-year", DateAnchors.HIJRI, 24, B + day.formatted("d") + "[ ]+(?:من[ ]+)?(?:شهر[ ]+)?(?<m>" + vocab.alternation("hijri-month") + ")" + NL,
                (m, c) -> hijri(m, c, false));
        add("hebrew", DateAnchors.HEBREW, 8, B + "(?<d>\\d{1,2}|[א-ת]\"[א-ת]|[א-ת]')[ ]+ב?(?<m>" + vocab.alternation("hebrew-month") + ")" + NL
                + "(?:[ ,]+(?<y>\\d{4}|(?:ה')?[א-ת]{1,3}\"[א-ת]))?", this::hebrew);
        // ראש השנה is the New Year holiday, not "this year".
        add("relative-word", DateAnchors.RELATIVE, 24, B + "(?<!ראש )(?<r>" + vocab.alternation("rel-day", "rel-week", "rel-month", "rel-year") + ")" + NL,
                this::relativeWord);
        add("unit-modifier", DateAnchors.UNIT, 6, B + "(?:(?<t>" + vocab.alternation("this") + ")[ ]+)?(?<u>" + vocab.alternation("unit") + ")"
                + "(?:[ ]+(?<mod>" + modifier + "))?" + NL, (m, c) -> unitModifier(m, c, m.group("t")));
        add("modifier-unit", DateAnchors.UNIT, 12, B + "(?<mod>" + modifier + ")[ ]+(?<u>" + vocab.alternation("unit") + ")" + NL,
                (m, c) -> unitModifier(m, c, null));
        add("weekday", DateAnchors.WEEKDAY, 14, B + "(?:(?<m1>" + modifier + ")[ ]+)?(?:(?:يوم|ב?יום)[ ]+)?ב?(?<w>" + weekdayWide + ")(?:[ ]+(?<m2>" + modifier + "))?"
                + NL, this::weekday);
        add("count-before", DateAnchors.COUNT_UNIT, 14, B + "(?<a>" + vocab.alternation("ago-before") + ")[ ]+(?:(?<n>" + number + ")[ ]+)?(?<u>"
                + vocab.alternation("count-unit") + ")" + NL + "(?![ ]*\\d)", this::count);
        add("count-after", DateAnchors.COUNT_UNIT, 10, B + "(?<n>" + number + ")[ ]+(?<u>" + vocab.alternation("count-unit") + ")[ ]+(?<a>"
                + vocab.alternation("ago-after") + ")" + NL, this::count);
        this.rangeJoin = Pattern.compile("[ ]*" + rangeTo + "[ -]*");
        this.andJoin = Pattern.compile("[ ]*" + vocab.alternation("range-and") + "[ -]*");
        this.rangeFromBefore = Pattern.compile(B + "(?:" + rangeFrom + ")[ ]*$");
        this.betweenBefore = Pattern.compile(B + "(?:" + vocab.alternation("range-between") + ")[ ]*$");
    }

    private void add(String name, int anchor, int reach, String regex, Resolver resolver) {
        rules.add(new Rule(name, anchor, reach, Pattern.compile(regex), resolver));
    }

    /** All date expressions in {@code text}, non-overlapping, in text order, with original offsets. */
    List<FoundDate> find(String text, Context context) {
        DateText t = DateText.of(text);
        String folded = t.folded();
        int[][] anchorsByKind = anchors.anchors(folded);
        int n = folded.length();
        List<FoundDate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            int[] spans = anchorsByKind[rule.anchor()];
            if (spans.length == 0) {
                continue;
            }
            Matcher m = rule.pattern().matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
            // A match must contain an anchor of the rule's kind, so it can only begin a little before one:
            // try word starts there and nowhere else. Positions already tried for an earlier anchor are skipped.
            int next = 0;
            for (int a = 0; a < spans.length; a += 2) {
                int limit = DateAnchors.reachAfter(rule.anchor(), spans[a + 1], n);
                for (int p = Math.max(next, Math.max(0, spans[a] - rule.reach())); p <= spans[a]; p++) {
                    if (!DateText.isWordChar(folded.charAt(p)) || (p > 0 && DateText.isWordChar(folded.charAt(p - 1)))) {
                        continue;
                    }
                    m.region(p, limit);
                    if (m.lookingAt()) {
                        FoundDate d = resolveSafely(rule, m, context);
                        if (d != null) {
                            candidates.add(d);
                        }
                        p = Math.max(p, m.end() - 1);
                    }
                }
                next = Math.max(next, spans[a] + 1);
            }
        }
        candidates.sort(Comparator.comparingInt(FoundDate::length).reversed().thenComparingInt(FoundDate::start));
        List<FoundDate> kept = new ArrayList<>();
        for (FoundDate c : candidates) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(FoundDate::start));
        List<FoundDate> merged = mergeRanges(kept, folded);
        List<FoundDate> out = new ArrayList<>(merged.size());
        for (FoundDate d : merged) {
            out.add(d.spanning(t.originalOffset(d.start()), t.originalEnd(d.end()), d.from(), d.to(), d.kind()));
        }
        return out;
    }

    /** A date the rules cannot read is left out rather than failing the whole article's ingest. */
    private static FoundDate resolveSafely(Rule rule, Matcher m, Context context) {
        try {
            return rule.resolver().resolve(m, context);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<FoundDate> mergeRanges(List<FoundDate> dates, String folded) {
        List<FoundDate> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            FoundDate a = dates.get(i);
            if (i + 1 < dates.size() && a.valid() && a.from() != null && !a.kind().equals("relative")) {
                FoundDate b = dates.get(i + 1);
                String join = folded.substring(a.end(), b.start());
                String lead = folded.substring(Math.max(0, a.start() - 20), a.start());
                // "X and Y" is a list unless "between" opened it.
                boolean joined = rangeJoin.matcher(join).matches()
                        || (andJoin.matcher(join).matches() && betweenBefore.matcher(lead).find());
                if (b.valid() && b.from() != null && !b.kind().equals("relative") && joined) {
                    LocalDate from = a.from();
                    LocalDate aTo = a.to();
                    if (a.imputedYear() && !b.imputedYear() && from.getYear() != b.from().getYear()) {
                        from = from.withYear(b.from().getYear());
                        aTo = aTo.withYear(b.from().getYear());
                    }
                    if (!from.isAfter(b.to()) && !aTo.isAfter(b.to())) {
                        int start = a.start();
                        Matcher before = rangeFromBefore.matcher(lead);
                        if (before.find()) {
                            start = start - (before.end() - before.start());
                        }
                        out.add(new FoundDate(start, b.end(), from, b.to(), a.granularity(), "range", a.calendar(),
                                a.ambiguous() || b.ambiguous(), a.imputedYear() && b.imputedYear(), true));
                        i++;
                        continue;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    // ---- resolvers -------------------------------------------------------------------------------

    private FoundDate iso(Matcher m, Context c) {
        int y = num(m, "y");
        LocalDate d = y >= 1300 && y <= 1500 ? hijriDate(y, num(m, "m"), num(m, "d")) : date(y, num(m, "m"), num(m, "d"));
        return day(m, d, "absolute", y >= 1300 && y <= 1500 ? "islamic-umalqura" : "gregory", false, false);
    }

    private FoundDate numeric(Matcher m, Context c) {
        int a = num(m, "a");
        int b = num(m, "b");
        int y = num(m, "y");
        if (m.group("y").length() == 2) {
            y += y < 50 ? 2000 : 1900;
        }
        boolean hijri = m.group("h") != null || (y >= 1300 && y <= 1500);
        boolean monthFirst = b > 12 || (a <= 12 && c.monthFirst());
        boolean ambiguous = a <= 12 && b <= 12 && a != b;
        int month = monthFirst ? a : b;
        int dayOfMonth = monthFirst ? b : a;
        LocalDate d = hijri ? hijriDate(y, month, dayOfMonth) : date(y, month, dayOfMonth);
        return day(m, d, "absolute", hijri ? "islamic-umalqura" : "gregory", ambiguous, false);
    }

    private FoundDate numericMonthYear(Matcher m, Context c) {
        int month = num(m, "m");
        if (month < 1 || month > 12) {
            return null;
        }
        LocalDate first = LocalDate.of(num(m, "y"), month, 1);
        return found(m, first, first.with(TemporalAdjusters.lastDayOfMonth()), "month", "month", "gregory", false, false);
    }

    private FoundDate dayRange(Matcher m, Context c) {
        int month = month(m.group("m"));
        boolean imputed = m.group("y") == null;
        Integer year = imputed ? (c.reference() == null ? null : c.reference().getYear()) : num(m, "y");
        if (year == null) {
            return found(m, null, null, "day", "range", "gregory", false, true);
        }
        LocalDate from = date(year, month, dayNumber(m.group("d1")));
        LocalDate to = date(year, month, dayNumber(m.group("d2")));
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        return found(m, from, to, "day", "range", "gregory", false, imputed);
    }

    private FoundDate dayMonth(Matcher m, Context c) {
        int month = month(m.group("m"));
        int d = dayNumber(m.group("d"));
        String weekdayForm = m.group("w1") != null ? m.group("w1") : m.group("w2");
        if (m.group("y") != null) {
            LocalDate date = date(num(m, "y"), month, d);
            return date == null ? invalid(m) : day(m, date, "absolute", "gregory", false, false);
        }
        if (c.reference() == null) {
            return found(m, null, null, "day", "absolute", "gregory", false, true);
        }
        LocalDate date = date(c.reference().getYear(), month, d);
        if (date == null) {
            return null;
        }
        if (c.resolution() == DateResolution.FUTURE && date.isBefore(c.reference())) {
            date = date(c.reference().getYear() + 1, month, d);
        }
        if (weekdayForm != null && date != null) {
            // A weekday names the year: "Friday, July 18" is the nearest year where July 18 is a Friday.
            DayOfWeek dow = DayOfWeek.of(Integer.parseInt(vocab.value(List.of("weekday", "weekday-abbr"), weekdayForm)));
            int y = c.reference().getYear();
            int[] order = c.resolution() == DateResolution.FUTURE ? new int[]{0, 1, -1, 2, 3} : new int[]{0, -1, 1, -2, -3};
            for (int k : order) {
                LocalDate candidate = date(y + k, month, d);
                if (candidate != null && candidate.getDayOfWeek() == dow) {
                    date = candidate;
                    break;
                }
            }
        }
        return day(m, date, "absolute", "gregory", false, true);
    }

    private FoundDate monthModifier(Matcher m, Context c) {
        String form = m.group("mA") != null ? m.group("mA") : m.group("mB");
        String mod = m.group("m1") != null ? m.group("m1") : m.group("m2");
        int offset = Integer.parseInt(vocab.value("modifier", mod));
        if (c.reference() == null) {
            return found(m, null, null, "month", "relative", "gregory", false, true);
        }
        int month = month(form);
        int refMonth = c.reference().getMonthValue();
        int year = c.reference().getYear();
        if (offset > 0 && month <= refMonth) {
            year++;
        } else if (offset < 0 && month >= refMonth) {
            year--;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return found(m, first, first.with(TemporalAdjusters.lastDayOfMonth()), "month", "relative", "gregory", false, false);
    }

    /** Early = days 1-10, mid = 11-20, late = 21 to the end, as Duckling reads them. */
    private FoundDate partOfMonth(Matcher m, Context c) {
        boolean imputed = m.group("y") == null;
        if (imputed && c.reference() == null) {
            return found(m, null, null, "day", "month", "gregory", false, true);
        }
        int month = month(m.group("m"));
        int year = imputed ? c.reference().getYear() : num(m, "y");
        if (imputed && c.resolution() == DateResolution.FUTURE && month < c.reference().getMonthValue()) {
            year++;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        String part = vocab.value("part", m.group("p"));
        LocalDate from = part.equals("early") ? first : part.equals("mid") ? first.withDayOfMonth(11) : first.withDayOfMonth(21);
        LocalDate to = part.equals("early") ? first.withDayOfMonth(10) : part.equals("mid") ? first.withDayOfMonth(20)
                : first.with(TemporalAdjusters.lastDayOfMonth());
        return found(m, from, to, "day", "month", "gregory", false, imputed);
    }

    /** Early = January-March, mid = May-August, late = September-December. */
    private FoundDate partOfYear(Matcher m, Context c) {
        int year = num(m, "y");
        String part = vocab.value("part", m.group("p"));
        LocalDate from = LocalDate.of(year, part.equals("early") ? 1 : part.equals("mid") ? 5 : 9, 1);
        LocalDate to = part.equals("early") ? LocalDate.of(year, 3, 31) : part.equals("mid") ? LocalDate.of(year, 8, 31)
                : LocalDate.of(year, 12, 31);
        return found(m, from, to, "month", "year", "gregory", false, false);
    }

    private FoundDate weekdayOfWeek(Matcher m, Context c) {
        String unitForm = m.group("u3") != null ? m.group("u3") : optional(m, "u1") != null ? m.group("u1") : optional(m, "u2");
        if (!"week".equals(vocab.value("unit", unitForm))) {
            return null;
        }
        String mod = m.group("mod3") != null ? m.group("mod3") : optional(m, "mod2");
        int offset = mod == null ? 0 : Integer.parseInt(vocab.value("modifier", mod));
        if (c.reference() == null) {
            return found(m, null, null, "day", "relative", "gregory", false, false);
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(vocab.value(List.of("weekday", "weekday-abbr"), m.group("w"))));
        LocalDate d = c.reference().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset).plusDays(dow.getValue() - 1);
        return found(m, d, d, "day", "relative", "gregory", false, false);
    }

    /** "the last 2 weeks" are the two whole weeks before this one; "the next 3 days" start tomorrow. */
    private FoundDate lastNUnits(Matcher m, Context c) {
        boolean first = m.group("u1") != null;
        String unitValue = vocab.value("count-unit", first ? m.group("u1") : m.group("u2"));
        String nText = first ? m.group("n1") : m.group("n2");
        String mod = first ? m.group("mod1") : m.group("mod2");
        int offset = Integer.parseInt(vocab.value("modifier", mod));
        if (offset == 0 || unitValue.contains("*")) {
            return null;
        }
        int n = Character.isDigit(nText.charAt(0)) ? Integer.parseInt(nText) : Integer.parseInt(vocab.value("number", nText));
        if (n < 1 || n > 1000) {
            // "the last 0 months" names no interval (found by fuzzing: it came out backwards).
            return null;
        }
        if (c.reference() == null) {
            return found(m, null, null, "day", "relative", "gregory", false, false);
        }
        LocalDate ref = c.reference();
        LocalDate unitStart = switch (unitValue) {
            case "week" -> ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> ref.withDayOfMonth(1);
            case "year" -> ref.withDayOfYear(1);
            default -> ref;
        };
        LocalDate from;
        LocalDate to;
        if (offset < 0) {
            from = plus(unitStart, unitValue, -n);
            to = unitStart.minusDays(1);
        } else {
            from = plus(unitStart, unitValue, 1);
            to = plus(unitStart, unitValue, n + 1).minusDays(1);
        }
        return found(m, from, to, unitValue.equals("day") ? "day" : unitValue, "range", "gregory", false, false);
    }

    private static LocalDate plus(LocalDate d, String unit, long n) {
        return switch (unit) {
            case "week" -> d.plusWeeks(n);
            case "month" -> d.plusMonths(n);
            case "year" -> d.plusYears(n);
            default -> d.plusDays(n);
        };
    }

    private static String optional(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The unit and offset of a relative unit phrase ("next month", "الشهر الجاري", "the month"); null when it has no unit. */
    private int[] relativeUnit(Matcher m) {
        String unitForm = null;
        String mod = null;
        for (int i = 1; i <= 4 && unitForm == null; i++) {
            unitForm = optional(m, "u" + i);
            mod = optional(m, "mod" + i);
        }
        if (unitForm == null) {
            return null;
        }
        String unit = vocab.value("unit", unitForm);
        int u = List.of("week", "month", "year").indexOf(unit);
        return new int[]{u, mod == null ? 0 : Integer.parseInt(vocab.value("modifier", mod))};
    }

    private FoundDate dayOfRelativeMonth(Matcher m, Context c) {
        int[] unit = relativeUnit(m);
        if (unit == null || unit[0] != 1 || (optional(m, "u4") != null)) {
            return null;
        }
        if (c.reference() == null) {
            return found(m, null, null, "day", "relative", "gregory", false, false);
        }
        LocalDate d = date(c.reference().plusMonths(unit[1]).getYear(), c.reference().plusMonths(unit[1]).getMonthValue(),
                dayNumber(m.group("d")));
        return d == null ? null : found(m, d, d, "day", "relative", "gregory", false, false);
    }

    /** "end of the month", "مطلع العام المقبل", "beginning of next week": a third of the month or year, half a week. */
    private FoundDate partOfRelative(Matcher m, Context c) {
        int[] unit = relativeUnit(m);
        if (unit == null) {
            return null;
        }
        if (c.reference() == null) {
            return found(m, null, null, "day", "relative", "gregory", false, false);
        }
        String part = vocab.value("part", m.group("p"));
        LocalDate ref = c.reference();
        LocalDate from;
        LocalDate to;
        switch (unit[0]) {
            case 0 -> {
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(unit[1]);
                from = part.equals("late") ? monday.plusDays(4) : part.equals("mid") ? monday.plusDays(2) : monday;
                to = part.equals("late") ? monday.plusDays(6) : part.equals("mid") ? monday.plusDays(4) : monday.plusDays(2);
            }
            case 1 -> {
                LocalDate first = ref.withDayOfMonth(1).plusMonths(unit[1]);
                from = part.equals("early") ? first : part.equals("mid") ? first.withDayOfMonth(11) : first.withDayOfMonth(21);
                to = part.equals("early") ? first.withDayOfMonth(10) : part.equals("mid") ? first.withDayOfMonth(20)
                        : first.with(TemporalAdjusters.lastDayOfMonth());
            }
            default -> {
                int year = ref.getYear() + unit[1];
                from = LocalDate.of(year, part.equals("early") ? 1 : part.equals("mid") ? 5 : 9, 1);
                to = part.equals("early") ? LocalDate.of(year, 3, 31) : part.equals("mid") ? LocalDate.of(year, 8, 31) : LocalDate.of(year, 12, 31);
            }
        }
        return found(m, from, to, "day", "relative", "gregory", false, false);
    }

    private FoundDate monthYear(Matcher m, Context c) {
        LocalDate first = LocalDate.of(num(m, "y"), month(m.group("m")), 1);
        return found(m, first, first.with(TemporalAdjusters.lastDayOfMonth()), "month", "month", "gregory", false, false);
    }

    private FoundDate monthRange(Matcher m, Context c) {
        int m1 = month(m.group("m1"));
        int m2 = month(m.group("m2"));
        boolean imputed = m.group("y") == null;
        if (imputed && c.reference() == null) {
            return found(m, null, null, "month", "range", "gregory", false, true);
        }
        int year = imputed ? c.reference().getYear() : num(m, "y");
        LocalDate from = LocalDate.of(m1 <= m2 ? year : year - 1, m1, 1);
        LocalDate to = LocalDate.of(year, m2, 1).with(TemporalAdjusters.lastDayOfMonth());
        return found(m, from, to, "month", "range", "gregory", false, imputed);
    }

    private FoundDate monthAlone(Matcher m, Context c) {
        String form = m.group("m");
        // Ambiguous month words ("may", "march") need a cue that only precedes dates.
        if (!vocab.standsAlone(form) && !m.group("mp").startsWith("شهر") && !m.group("cue").matches("in|since|during|until|early|late|mid|end of|منذ|في|خلال|מאז|ב")) {
            return null;
        }
        int start = m.start("mp");
        if (c.reference() == null) {
            return new FoundDate(start, m.end(), null, null, "month", "month", "gregory", false, true, true);
        }
        int month = month(form);
        int year = c.reference().getYear();
        if (c.resolution() == DateResolution.FUTURE && month < c.reference().getMonthValue()) {
            year++;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return new FoundDate(start, m.end(), first, first.with(TemporalAdjusters.lastDayOfMonth()), "month", "month", "gregory",
                false, true, true);
    }

    private FoundDate yearRange(Matcher m, Context c) {
        int y1 = num(m, "y1");
        int y2 = num(m, "y2");
        if (m.group("y2").length() == 2) {
            y2 += y1 / 100 * 100;
        }
        if (y2 <= y1 || y2 - y1 > 100) {
            return null;
        }
        return found(m, LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31), "year", "range", "gregory", false, false);
    }

    private FoundDate year(Matcher m, Context c) {
        int y = num(m, "y");
        return found(m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year", "year", "gregory", false, false);
    }

    private FoundDate hijri(Matcher m, Context c, boolean hasYear) {
        int month = Integer.parseInt(vocab.value("hijri-month", m.group("m")));
        boolean hasDay = m.group("d") != null;
        Integer year = hasYear ? Integer.valueOf(num(m, "y")) : null;
        if (year == null) {
            if (c.reference() == null) {
                return found(m, null, null, "day", "absolute", "islamic-umalqura", false, true);
            }
            year = hijriYear(c.reference());
            if (year == null) {
                return null;
            }
        }
        try {
            if (hasDay) {
                LocalDate d = hijriDate(year, month, dayNumber(m.group("d")));
                return d == null ? invalid(m) : day(m, d, "absolute", "islamic-umalqura", false, !hasYear);
            }
            HijrahDate first = HijrahDate.of(year, month, 1);
            LocalDate from = LocalDate.from(first);
            LocalDate to = LocalDate.from(first.plus(1, java.time.temporal.ChronoUnit.MONTHS)).minusDays(1);
            return found(m, from, to, "month", "month", "islamic-umalqura", false, false);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private FoundDate hebrew(Matcher m, Context c) {
        int month = Integer.parseInt(vocab.value("hebrew-month", m.group("m")));
        String dayText = m.group("d");
        int d = Character.isDigit(dayText.charAt(0)) ? Integer.parseInt(dayText) : HebrewNumerals.value(dayText);
        boolean imputed = m.group("y") == null;
        int year;
        if (imputed) {
            if (c.reference() == null) {
                return found(m, null, null, "day", "absolute", "hebrew", false, true);
            }
            year = HebrewCalendar.yearOf(c.reference());
        } else {
            year = HebrewNumerals.year(m.group("y"));
        }
        if (month == 13 && !HebrewCalendar.isLeapYear(year)) {
            month = 12;
        }
        try {
            return day(m, HebrewCalendar.toGregorian(year, month, d), "absolute", "hebrew", false, imputed);
        } catch (IllegalArgumentException e) {
            return imputed ? null : invalid(m);
        }
    }

    private FoundDate relativeWord(Matcher m, Context c) {
        String form = m.group("r");
        for (String unit : List.of("day", "week", "month", "year")) {
            String v = vocab.value("rel-" + unit, form);
            if (v != null) {
                return relative(m, c, unit, Integer.parseInt(v));
            }
        }
        return null;
    }

    private FoundDate unitModifier(Matcher m, Context c, String demonstrative) {
        String mod = m.group("mod");
        String unit = vocab.value("unit", m.group("u"));
        if (mod == null) {
            return demonstrative != null ? relative(m, c, unit, 0) : null;
        }
        return relative(m, c, unit, Integer.parseInt(vocab.value("modifier", mod)));
    }

    private FoundDate weekday(Matcher m, Context c) {
        String form = m.group("w");
        String mod = m.group("m1") != null ? m.group("m1") : m.group("m2");
        boolean bare = mod == null;
        if (bare && !vocab.standsAlone(form) && !m.group().contains("يوم") && !m.group().contains("יום")) {
            return null;
        }
        if (c.reference() == null) {
            return found(m, null, null, "day", "relative", "gregory", bare, false);
        }
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(vocab.value("weekday", form)));
        int direction = bare ? (c.resolution() == DateResolution.PAST ? 0 : 2) : Integer.parseInt(vocab.value("modifier", mod));
        LocalDate ref = c.reference();
        LocalDate d = switch (direction) {
            case -1 -> ref.with(TemporalAdjusters.previous(dow));
            case 1 -> c.nextMeansNextWeek()
                    ? ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1).plusDays(dow.getValue() - 1)
                    : ref.with(TemporalAdjusters.next(dow));
            case 2 -> ref.with(TemporalAdjusters.next(dow));
            default -> c.resolution() == DateResolution.PAST ? ref.with(TemporalAdjusters.previousOrSame(dow))
                    : ref.with(TemporalAdjusters.next(dow));
        };
        return found(m, d, d, "day", "relative", "gregory", bare, false);
    }

    private FoundDate count(Matcher m, Context c) {
        String unitValue = vocab.value("count-unit", m.group("u"));
        String[] unitParts = unitValue.split("\\*");
        int n;
        if (m.group("n") != null) {
            String nText = m.group("n");
            n = Character.isDigit(nText.charAt(0)) ? Integer.parseInt(nText) : Integer.parseInt(vocab.value("number", nText));
        } else if (vocab.value("plural-unit", m.group("u")) != null) {
            // "after years of tension" counts nothing: a plural unit needs its number to name a date.
            return null;
        } else {
            n = 1;
        }
        if (unitParts.length == 2) {
            n *= Integer.parseInt(unitParts[1]);
        }
        String sign = vocab.value(List.of("ago-before", "ago-after"), m.group("a"));
        if (c.reference() == null) {
            return found(m, null, null, "day", "relative", "gregory", false, false);
        }
        long signed = Long.parseLong(sign) * n;
        LocalDate ref = c.reference();
        LocalDate d = switch (unitParts[0]) {
            case "day" -> ref.plusDays(signed);
            case "week" -> ref.plusWeeks(signed);
            case "month" -> ref.plusMonths(signed);
            default -> ref.plusYears(signed);
        };
        if (unitParts[0].equals("year")) {
            // "two years ago" does not name a day: the month it falls in is as precise as the text.
            LocalDate first = d.withDayOfMonth(1);
            return found(m, first, first.with(TemporalAdjusters.lastDayOfMonth()), "month", "relative", "gregory", false, false);
        }
        return found(m, d, d, "day", "relative", "gregory", false, false);
    }

    private FoundDate relative(Matcher m, Context c, String unit, int offset) {
        if (c.reference() == null) {
            return found(m, null, null, unit, "relative", "gregory", false, false);
        }
        LocalDate ref = c.reference();
        LocalDate from;
        LocalDate to;
        switch (unit) {
            case "day" -> {
                from = ref.plusDays(offset);
                to = from;
            }
            case "week" -> {
                from = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
                to = from.plusDays(6);
            }
            case "month" -> {
                from = ref.withDayOfMonth(1).plusMonths(offset);
                to = from.with(TemporalAdjusters.lastDayOfMonth());
            }
            default -> {
                from = LocalDate.of(ref.getYear() + offset, 1, 1);
                to = LocalDate.of(ref.getYear() + offset, 12, 31);
            }
        }
        return found(m, from, to, unit, "relative", "gregory", false, false);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private int dayNumber(String text) {
        return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : Integer.parseInt(vocab.value("ordinal-day", text));
    }

    private int month(String form) {
        return Integer.parseInt(vocab.value(List.of("month", "month-abbr"), form));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate hijriDate(int y, int m, int d) {
        try {
            return LocalDate.from(HijrahDate.of(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer hijriYear(LocalDate reference) {
        try {
            return HijrahDate.from(reference).get(ChronoField.YEAR);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static FoundDate day(Matcher m, LocalDate d, String kind, String calendar, boolean ambiguous, boolean imputed) {
        return d == null ? invalid(m) : found(m, d, d, "day", kind, calendar, ambiguous, imputed);
    }

    private static FoundDate invalid(Matcher m) {
        return new FoundDate(m.start(), m.end(), null, null, "day", "absolute", "gregory", false, false, false);
    }

    private static FoundDate found(Matcher m, LocalDate from, LocalDate to, String granularity, String kind, String calendar,
                                   boolean ambiguous, boolean imputed) {
        return new FoundDate(m.start(), m.end(), from, to, granularity, kind, calendar, ambiguous, imputed, true);
    }
}
