package dev.khabar.search;

import dev.khabar.understand.entities.EntityInfo;
import dev.khabar.understand.entities.EntityLookup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns typed text into a search: dates named in the unquoted words become a published-date range,
 * entity names become entity matches, and the remaining words are translated. Quoted phrases and
 * excluded words are taken literally. With {@code interpret=false} every word is just a word.
 */
public final class QueryInterpreter {
    static final int MAX_ENTITY_LABELS = 8;
    /** Languages whose labels are searched first: those the archive holds most, then those it analyses. */
    static final List<String> LABEL_LANGUAGES = List.of("ar", "en", "tr", "he", "fa", "fr", "de", "es", "ru");
    private final QueryParser parser;
    private final QueryDates dates;
    private final EntityLookup entities;
    private final CrossLingualExpander expander;

    public QueryInterpreter(QueryParser parser, QueryDates dates, EntityLookup entities, CrossLingualExpander expander) {
        this.parser = parser;
        this.dates = dates;
        this.entities = entities;
        this.expander = expander;
    }

    public QueryReading read(String q, boolean interpret) {
        List<QueryClause> clauses = parser.parse(q).clauses();
        boolean[] consumed = new boolean[clauses.size()];
        List<Interpretation.DateRange> dateRanges = new ArrayList<>();
        List<Interpretation.EntityRef> entityRefs = new ArrayList<>();
        List<EntityMatch> entityMatches = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        if (interpret) {
            FreeText text = FreeText.of(clauses, consumed);
            for (QueryDates.DateReading d : dates.read(text.text())) {
                from = from == null || d.from().isBefore(from) ? d.from() : from;
                to = to == null || d.to().isAfter(to) ? d.to() : to;
                dateRanges.add(new Interpretation.DateRange(d.matchedText(), d.from().toString(), d.to().toString(), "published"));
                text.consume(d.start(), d.end());
            }
            text = FreeText.of(clauses, consumed);
            if (!text.text().isBlank()) {
                for (EntityLookup.QueryEntity e : entities.findIn(text.text())) {
                    EntityInfo info = e.entity();
                    if (entityMatches.stream().anyMatch(m -> m.id().equals(info.id()))) {
                        continue;
                    }
                    entityMatches.add(new EntityMatch(info.id(), info.type(), info.label(), e.matchedText(), labels(info)));
                    entityRefs.add(new Interpretation.EntityRef(info.id(), info.type(), info.label(), e.matchedText()));
                    text.consume(e.start(), e.end());
                }
            }
        }
        List<String> excluded = new ArrayList<>();
        Map<Integer, List<QueryClause>> byGroup = new TreeMap<>();
        boolean onlyStopwords = true;
        for (int i = 0; i < clauses.size(); i++) {
            QueryClause c = clauses.get(i);
            if (c.excluded()) {
                excluded.add(c.text());
            } else if (!consumed[i]) {
                byGroup.computeIfAbsent(c.orGroup(), g -> new ArrayList<>()).add(c);
                onlyStopwords &= c.kind() == QueryClause.Kind.WORD && CrossLingualExpander.isStopword(c.text());
            }
        }
        List<TermGroup> groups = new ArrayList<>();
        Map<String, Map<String, List<String>>> expansions = new LinkedHashMap<>();
        for (List<QueryClause> group : byGroup.values()) {
            List<String> alternatives = new ArrayList<>();
            List<Expansion> groupExpansions = new ArrayList<>();
            for (QueryClause c : group) {
                boolean word = c.kind() == QueryClause.Kind.WORD;
                if (word && !onlyStopwords && group.size() == 1 && CrossLingualExpander.isStopword(c.text())) {
                    continue;
                }
                alternatives.add(c.text());
                if (word && interpret) {
                    for (Expansion x : expander.expand(c.text())) {
                        groupExpansions.add(x);
                        expansions.computeIfAbsent(c.text(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(x.language(), k -> new ArrayList<>()).add(x.text());
                    }
                }
            }
            if (!alternatives.isEmpty()) {
                groups.add(new TermGroup(alternatives, groupExpansions));
            }
        }
        Interpretation interpretation = new Interpretation(q == null ? "" : q, dateRanges, entityRefs, expansions);
        return new QueryReading(groups, entityMatches, excluded, from, to, interpretation);
    }

    /**
     * The label, then the labels in the archive's languages, then the rest by language code: the
     * labels map has no order of its own (an immutable map iterates differently in every JVM), and
     * which eight labels are searched must not change from one container to the next.
     */
    static List<String> labels(EntityInfo info) {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        if (info.label() != null) {
            labels.add(info.label());
        }
        if (info.labels() != null) {
            info.labels().entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> languageRank(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> labels.add(e.getValue()));
        }
        return labels.stream().filter(l -> l != null && !l.isBlank()).limit(MAX_ENTITY_LABELS).toList();
    }

    private static int languageRank(String language) {
        int i = LABEL_LANGUAGES.indexOf(language);
        return i < 0 ? LABEL_LANGUAGES.size() : i;
    }

    /** The unconsumed, unquoted, included words joined by spaces, with the clause behind each offset. */
    private record FreeText(String text, int[] clauseAt, boolean[] consumed) {

        static FreeText of(List<QueryClause> clauses, boolean[] consumed) {
            StringBuilder b = new StringBuilder();
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                QueryClause c = clauses.get(i);
                if (c.excluded() || consumed[i] || c.kind() != QueryClause.Kind.WORD) {
                    continue;
                }
                if (b.length() > 0) {
                    b.append(' ');
                    owners.add(-1);
                }
                b.append(c.text());
                for (int k = 0; k < c.text().length(); k++) {
                    owners.add(i);
                }
            }
            return new FreeText(b.toString(), owners.stream().mapToInt(Integer::intValue).toArray(), consumed);
        }

        void consume(int start, int end) {
            for (int k = Math.max(0, start); k < Math.min(end, clauseAt.length); k++) {
                if (clauseAt[k] >= 0) {
                    consumed[clauseAt[k]] = true;
                }
            }
        }
    }
}
