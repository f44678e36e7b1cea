package dev.khabar.search;

import dev.khabar.errors.InvalidInputException;
import dev.khabar.errors.NotFoundException;
import dev.khabar.store.SearchIndex;
import dev.khabar.understand.entities.EntityInfo;
import dev.khabar.understand.entities.EntityLookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads a search request, interprets its text, runs it and shapes the answer. */
public final class SearchService {
    static final int MAX_PREFIX_CHARS = 100;
    private static final Pattern ENTITY_ID = Pattern.compile("Q[1-9][0-9]{0,11}|L:[^/]{1,120}");
    private final SearchIndex index;
    private final QueryInterpreter interpreter;
    private final EntityLookup entities;
    private final CursorCodec cursors;
    private final OutletCountries countries;

    public SearchService(SearchIndex index, QueryInterpreter interpreter, EntityLookup entities, CursorCodec cursors,
                         OutletCountries countries) {
        this.index = index;
        this.interpreter = interpreter;
        this.entities = entities;
        this.cursors = cursors;
        this.countries = countries;
    }

    public SearchPage search(Function<String, String> param) {
        return search(SearchParams.read(param, SortOrder.RELEVANCE));
    }

    public SearchPage search(SearchParams params) {
        Planned planned = plan(params);
        IndexPage page = index.search(planned.query());
        String cursor = nextCursor(params, planned, page);
        Map<String, Object> facets = planned.query().facets() ? labelledFacets(page.facets()) : null;
        return new SearchPage(page.hits(), page.total(), planned.reading().interpretation(), facets, cursor);
    }

    /** The index query a request turns into, without running it (benchmarks send it raw to compare). */
    public SearchQuery explain(Function<String, String> param) {
        return plan(SearchParams.read(param, SortOrder.RELEVANCE)).query();
    }

    public TimelinePage timeline(Function<String, String> param) {
        String interval = Optional.ofNullable(param.apply("interval")).map(String::strip).orElse("month");
        if (!List.of("day", "week", "month").contains(interval)) {
            throw new InvalidInputException("invalid_interval", "Parameter 'interval' must be day, week or month.");
        }
        Planned planned = plan(SearchParams.read(param, SortOrder.DATE));
        SearchIndex.Timeline t = index.timeline(planned.query(), interval);
        return new TimelinePage(interval, t.total(), t.buckets(), planned.reading().interpretation());
    }

    public record TimelinePage(String interval, long total, List<SearchIndex.Bucket> buckets, Interpretation interpreted) {
    }

    /** Every match, oldest first, page by page over one point in time, up to {@code maxRows}. */
    public void export(Function<String, String> param, int maxRows, ExportWriter out) {
        SearchParams params = SearchParams.read(name -> name.equals("size") || name.equals("cursor") ? null : param.apply(name),
                SortOrder.DATE);
        Planned planned = plan(params);
        SearchQuery query = planned.query().at(SearchQuery.Page.FIRST, 500);
        String pit = index.openPointInTime();
        query = query.at(new SearchQuery.Page(pit, null), 500);
        long written = 0;
        while (true) {
            IndexPage page = index.search(query);
            for (SearchHit hit : page.hits()) {
                if (written >= maxRows) {
                    out.truncated(page.total());
                    return;
                }
                out.row(hit);
                written++;
            }
            if (page.hits().size() < query.size() || page.lastSort() == null) {
                return;
            }
            query = query.at(new SearchQuery.Page(page.pit() == null ? pit : page.pit(), page.lastSort()), 500);
        }
    }

    /** Receives export rows; told when the export stopped at its cap. */
    public interface ExportWriter {
        void row(SearchHit hit);

        void truncated(long total);
    }

    public List<EntitySummary> suggestEntities(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new InvalidInputException("missing_prefix", "Parameter 'prefix' is required.");
        }
        if (prefix.length() > MAX_PREFIX_CHARS) {
            throw new InvalidInputException("prefix_too_long", "The prefix is longer than " + MAX_PREFIX_CHARS + " characters.");
        }
        List<EntityInfo> found = entities.byPrefix(prefix.strip(), 10);
        Map<String, Long> counts = found.isEmpty() ? Map.of() : index.entityCounts(found.stream().map(EntityInfo::id).toList());
        List<EntitySummary> out = new ArrayList<>();
        for (EntityInfo e : found) {
            out.add(new EntitySummary(e.id(), e.type(), e.label(), e.labels(), counts.getOrDefault(e.id(), 0L), null, null));
        }
        return out;
    }

    public EntitySummary entity(String id) {
        String checked = checkedEntityId(id);
        Optional<EntityInfo> info = entities.byId(checked);
        SearchIndex.EntityStats stats = index.entityStats(checked);
        if (info.isEmpty() && stats.articles() == 0) {
            throw new NotFoundException("entity_not_found", "No entity with that id.");
        }
        return new EntitySummary(checked, info.map(EntityInfo::type).orElse(null), info.map(EntityInfo::label).orElse(null),
                info.map(EntityInfo::labels).orElse(Map.of()), stats.articles(), stats.firstSeen(), stats.lastSeen());
    }

    public SearchPage entityArticles(String id, Function<String, String> param) {
        String checked = checkedEntityId(id);
        return search(SearchParams.read(param, SortOrder.DATE).withFilter(Facet.ENTITY, checked));
    }

    public record EntitySummary(String id, String type, String label, Map<String, String> labels, long articles,
                                String firstSeen, String lastSeen) {
    }

    private static String checkedEntityId(String id) {
        if (id == null || !ENTITY_ID.matcher(id).matches()) {
            throw new NotFoundException("entity_not_found", "No entity with that id.");
        }
        return id;
    }

    private record Planned(SearchQuery query, QueryReading reading, String fingerprint) {
    }

    private Planned plan(SearchParams params) {
        QueryReading reading = interpreter.read(params.q(), params.interpret());
        boolean typedSomething = params.q() != null && !params.q().isBlank();
        if (!typedSomething && !params.hasFilters()) {
            throw new InvalidInputException("missing_query", "Parameter 'q' is required.");
        }
        boolean searchable = !reading.groups().isEmpty() || !reading.entities().isEmpty() || reading.from() != null;
        if (typedSomething && !searchable && !params.hasFilters()) {
            throw new InvalidInputException("empty_query", "The query has no words to search for.");
        }
        String fingerprint = fingerprint(params);
        SearchQuery.Page page = SearchQuery.Page.FIRST;
        if (params.cursor() != null) {
            CursorCodec.Cursor c = cursors.decode(params.cursor(), fingerprint);
            page = new SearchQuery.Page(c.pit() != null ? c.pit() : openPointInTimeOrLive(), c.searchAfter());
        }
        boolean explicitDates = params.from() != null || params.to() != null;
        SearchQuery query = new SearchQuery(reading.groups(), reading.entities(), reading.excluded(),
                explicitDates ? params.from() : reading.from(), explicitDates ? params.to() : reading.to(), !explicitDates,
                params.filters(), params.sort(), params.size(), page, params.cursor() == null);
        return new Planned(query, reading, fingerprint);
    }

    /** Without a point in time (too many open) later pages read the live index: still ordered, less stable. */
    private String openPointInTimeOrLive() {
        try {
            return index.openPointInTime();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String nextCursor(SearchParams params, Planned planned, IndexPage page) {
        if (page.hits().size() < params.size() || page.lastSort() == null) {
            return null;
        }
        // The point in time is opened when the second page is asked for, not with every first page:
        // most searches never page, and an extra round trip on each would cost a third of the latency.
        return cursors.encode(new CursorCodec.Cursor(page.pit(), page.lastSort(), planned.fingerprint()));
    }

    private Map<String, Object> labelledFacets(Map<String, List<FacetValue>> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> byType = new LinkedHashMap<>();
        for (String type : List.of("people", "orgs", "places")) {
            byType.put(type, withLabels(raw.getOrDefault("entities_" + type, List.of()), false));
        }
        out.put("entities", byType);
        out.put("languages", raw.getOrDefault("languages", List.of()));
        out.put("sources", raw.getOrDefault("sources", List.of()));
        out.put("source_countries", withLabels(raw.getOrDefault("source_countries", List.of()), true));
        out.put("about_countries", withLabels(raw.getOrDefault("about_countries", List.of()), true));
        return out;
    }

    private List<FacetValue> withLabels(List<FacetValue> values, boolean country) {
        List<FacetValue> out = new ArrayList<>();
        for (FacetValue v : values) {
            String label = entities.byId(v.value()).map(EntityInfo::label)
                    .or(() -> country ? countries.label(v.value()) : Optional.empty()).orElse(v.label());
            out.add(new FacetValue(v.value(), label, v.count()));
        }
        return out;
    }

    /** What a cursor is bound to: everything that shapes the result set, not the page size. */
    static String fingerprint(SearchParams p) {
        StringBuilder b = new StringBuilder();
        b.append(p.q()).append('\n').append(p.interpret()).append('\n').append(p.from()).append('\n').append(p.to())
                .append('\n').append(p.sort()).append('\n').append(new TreeMap<>(p.filters()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
