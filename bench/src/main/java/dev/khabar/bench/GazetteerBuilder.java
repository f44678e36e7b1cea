package dev.khabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.understand.text.ArabicNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates {@code shared/src/main/resources/gazetteer/entities.tsv} from the sources the product may
 * ship, read in place under {@code ../shared/data}: Natural Earth countries and populated places
 * (public domain), i18n-iso-countries (MIT), world-countries (ODbL), CLDR territory names (Unicode),
 * the Wikidata leaders list (CC0), plus the curated additions in {@code shared/src/gazetteer/curated.tsv}.
 * Evaluation-only data sets are never read here. Output is sorted, so reruns give the same file.
 *
 * <p>Run from the repo root: {@code java -cp 'bench/target/classes:bench/target/lib/*' dev.khabar.bench.GazetteerBuilder}
 */
public final class GazetteerBuilder {
    private static final double MIN_CITY_POPULATION = 200_000;
    private static final int COUNTRY = 4, TERRITORY = 3, CAPITAL = 3, CITY = 2, OTHER = 2;

    private final Map<String, Entry> entries = new TreeMap<>();
    private final Map<String, String> qidByAlpha2 = new LinkedHashMap<>();
    private final Map<String, String> qidByAlpha3 = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Set<String> excluded = new java.util.HashSet<>();

    private static final class Entry {
        final String id;
        String type;
        String label;
        final Map<String, Set<String>> names = new TreeMap<>();
        final Map<String, Set<String>> adjectives = new TreeMap<>();
        String metonymOf = "";
        int rank;

        Entry(String id, String type, String label, int rank) {
            this.id = id;
            this.type = type;
            this.label = label;
            this.rank = rank;
        }

        void name(String lang, String name) {
            add(names, lang, name);
        }

        void adjective(String lang, String form) {
            add(adjectives, lang, form);
        }

        private static void add(Map<String, Set<String>> map, String lang, String value) {
            String v = clean(value);
            if (v != null) {
                map.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(v);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "shared/src/main/resources/gazetteer/entities.tsv");
        Path curated = Path.of(args.length > 2 ? args[2] : "shared/src/gazetteer/curated.tsv");
        GazetteerBuilder b = new GazetteerBuilder();
        b.naturalEarthCountries(data.resolve("gazetteer-naturalearth/ne_50m_admin_0_countries.tsv"));
        b.i18nIsoCountries(data.resolve("gazetteer-countries-i18n/i18n-iso-countries"));
        b.worldCountries(data.resolve("gazetteer-countries-i18n/world-countries/countries.json"));
        b.cldrTerritories(data.resolve("cldr-ar-he-tr/main"));
        b.naturalEarthPlaces(data.resolve("gazetteer-naturalearth/ne_50m_populated_places.tsv"));
        b.leaders(data.resolve("leaders-wikidata/world_leaders_wikidata_2022.csv"));
        b.curated(curated);
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.render(), StandardCharsets.UTF_8);
        System.out.println("wrote " + b.entries.size() + " entities to " + out);
    }

    private Entry entry(String id, String type, String label, int rank) {
        Entry e = entries.computeIfAbsent(id, k -> new Entry(id, type, label, rank));
        e.rank = Math.max(e.rank, rank);
        return e;
    }

    private static List<Map<String, String>> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    void naturalEarthCountries(Path file) throws IOException {
        for (Map<String, String> r : tsv(file)) {
            String qid = r.get("WIKIDATAID");
            if (qid == null || qid.isBlank()) {
                continue;
            }
            String type = r.get("TYPE");
            int rank = type.equals("Sovereign country") || type.equals("Country") ? COUNTRY : TERRITORY;
            Entry e = entry(qid, "LOC", r.get("NAME_EN"), rank);
            for (String col : List.of("NAME_EN", "NAME", "NAME_LONG", "ADMIN", "FORMAL_EN")) {
                e.name("en", r.get(col));
            }
            e.name("ar", r.get("NAME_AR"));
            e.name("he", r.get("NAME_HE"));
            e.name("tr", r.get("NAME_TR"));
            String a2 = r.get("ISO_A2_EH");
            if (a2 != null && a2.length() == 2) {
                qidByAlpha2.putIfAbsent(a2, qid);
            }
            String a3 = r.get("ISO_A3_EH");
            if (a3 != null && a3.length() == 3) {
                qidByAlpha3.putIfAbsent(a3, qid);
            }
            String adm = r.get("ADM0_A3");
            if (adm != null && adm.length() == 3) {
                qidByAlpha3.putIfAbsent(adm, qid);
            }
        }
    }

    void i18nIsoCountries(Path dir) throws IOException {
        for (String lang : List.of("en", "ar", "he", "tr")) {
            JsonNode countries = json.readTree(dir.resolve(lang + ".json").toFile()).get("countries");
            for (Iterator<Map.Entry<String, JsonNode>> it = countries.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> c = it.next();
                Entry e = byAlpha2(c.getKey());
                if (e == null) {
                    continue;
                }
                if (c.getValue().isArray()) {
                    c.getValue().forEach(v -> e.name(lang, v.asText()));
                } else {
                    e.name(lang, c.getValue().asText());
                }
            }
        }
    }

    void worldCountries(Path file) throws IOException {
        for (JsonNode c : json.readTree(file.toFile())) {
            Entry e = byAlpha2(c.path("cca2").asText());
            if (e == null) {
                continue;
            }
            e.name("en", c.path("name").path("common").asText(null));
            e.name("en", c.path("name").path("official").asText(null));
            for (JsonNode alt : c.path("altSpellings")) {
                if (alt.asText().length() > 3) {
                    e.name("en", alt.asText());
                }
            }
            for (Map.Entry<String, String> t : Map.of("ara", "ar", "tur", "tr", "per", "fa", "fra", "fr", "deu", "de",
                    "spa", "es", "rus", "ru", "urd", "ur").entrySet()) {
                JsonNode tr = c.path("translations").path(t.getKey());
                e.name(t.getValue(), tr.path("common").asText(null));
                e.name(t.getValue(), tr.path("official").asText(null));
            }
            JsonNode demonym = c.path("demonyms").path("eng");
            e.adjective("en", demonym.path("m").asText(null));
            e.adjective("en", demonym.path("f").asText(null));
        }
    }

    void cldrTerritories(Path main) throws IOException {
        for (String lang : List.of("en", "ar", "he", "tr")) {
            JsonNode t = json.readTree(main.resolve(lang).resolve("territories.json").toFile())
                    .path("main").path(lang).path("localeDisplayNames").path("territories");
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String code = f.getKey().split("-alt-")[0];
                Entry e = code.length() == 2 ? byAlpha2(code) : null;
                if (e != null) {
                    e.name(lang, f.getValue().asText());
                }
            }
        }
    }

    void naturalEarthPlaces(Path file) throws IOException {
        for (Map<String, String> r : tsv(file)) {
            String qid = r.get("WIKIDATAID");
            if (qid == null || qid.isBlank() || entries.containsKey(qid) && entries.get(qid).rank >= TERRITORY
                    && !entries.get(qid).type.equals("LOC")) {
                continue;
            }
            boolean capital = "1".equals(r.get("ADM0CAP"));
            if (!capital && !"1".equals(r.get("WORLDCITY")) && population(r) < MIN_CITY_POPULATION) {
                // Small towns' names are mostly also common words (Atar is إطار, "frame").
                continue;
            }
            Entry e = entry(qid, "LOC", r.get("NAME_EN"), capital ? CAPITAL : CITY);
            e.name("en", r.get("NAME_EN"));
            e.name("en", r.get("NAME"));
            e.name("ar", r.get("NAME_AR"));
            e.name("he", r.get("NAME_HE"));
            e.name("tr", r.get("NAME_TR"));
            if (capital) {
                String state = qidByAlpha3.get(r.get("ADM0_A3"));
                if (state != null && !state.equals(qid)) {
                    e.metonymOf = state;
                }
            }
        }
    }

    private static double population(Map<String, String> row) {
        try {
            return Double.parseDouble(row.getOrDefault("POP_MAX", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void leaders(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c.length < 8 || !c[4].startsWith("Q")) {
                continue;
            }
            // Labels never contain commas in this snapshot except where quoted; skip those rows' names.
            if (line.contains("\"")) {
                continue;
            }
            Entry e = entry(c[4], "PERSON", c[5], OTHER);
            e.name("en", c[5]);
        }
    }

    void curated(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c[0].equals("!exclude")) {
                for (String name : c[1].split(";")) {
                    excluded.add(normalizer.key(name.strip()));
                }
                continue;
            }
            int rank = c[1].equals("LOC") ? CITY : OTHER;
            Entry e = entries.get(c[0]);
            if (e == null) {
                e = entry(c[0], c[1], c[2], rank);
            } else {
                if (!e.label.equals(c[2]) && !e.label.contains(c[2]) && !c[2].contains(e.label)) {
                    // A mistyped QID would silently rename another entity: say so.
                    System.err.println("check " + c[0] + ": curated '" + c[2] + "' vs source '" + e.label + "'");
                }
                e.type = c[1];
            }
            e.label = c[2];
            e.name("en", c[2]);
            parse(c[3], e::name);
            if (c.length > 4) {
                parse(c[4], e::adjective);
            }
            if (c.length > 5 && !c[5].isBlank()) {
                e.metonymOf = c[5];
            }
        }
    }

    private interface NameSink {
        void add(String lang, String name);
    }

    private static void parse(String field, NameSink sink) {
        if (field == null || field.isBlank()) {
            return;
        }
        for (String group : field.split("\\|")) {
            int colon = group.indexOf(':');
            for (String name : group.substring(colon + 1).split(";")) {
                sink.add(group.substring(0, colon), name);
            }
        }
    }

    private Entry byAlpha2(String code) {
        String qid = qidByAlpha2.get(code);
        return qid == null ? null : entries.get(qid);
    }

    /** Trims a source name to one clean alias: drops "، country" qualifiers and bracketed notes. */
    static String clean(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        int cut = indexOfAny(s, "،(");
        if (cut > 0) {
            s = s.substring(0, cut).strip();
        }
        if (s.isEmpty() || s.length() < 2 || s.contains("|") || s.contains(";") || s.contains("\t") || s.equals("-99")) {
            return null;
        }
        return s;
    }

    private static int indexOfAny(String s, String chars) {
        int best = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Generated by dev.khabar.bench.GazetteerBuilder; do not edit (edit shared/src/gazetteer/curated.tsv).\n");
        out.append("# Sources and licences: see NOTICE.md (Natural Earth, i18n-iso-countries, world-countries (ODbL),\n");
        out.append("# Unicode CLDR, Wikidata leaders (CC0), Khabar curated additions). This database is ODbL-licensed.\n");
        out.append("# id\ttype\tlabel\tnames\tadjectives\tmetonym-of\trank\n");
        for (Entry e : entries.values()) {
            // "دولة الكويت": gold data and usage put the descriptor outside the name; the bare name is kept.
            e.names.values().forEach(names -> names.removeIf(n -> excluded.contains(normalizer.key(n))
                    || n.startsWith("دولة ") && names.size() > 1));
            out.append(e.id).append('\t').append(e.type).append('\t').append(e.label).append('\t')
                    .append(join(e.names)).append('\t').append(join(e.adjectives)).append('\t')
                    .append(e.metonymOf).append('\t').append(e.rank).append('\n');
        }
        return out.toString();
    }

    private static String join(Map<String, Set<String>> byLang) {
        List<String> groups = new ArrayList<>();
        byLang.forEach((lang, names) -> groups.add(lang + ":" + String.join(";", names)));
        return String.join("|", groups);
    }
}
