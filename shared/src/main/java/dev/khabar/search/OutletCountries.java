package dev.khabar.search;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country an outlet publishes from, by its domain: a curated list of common outlets, then the
 * country-code top-level domain. Ids are Wikidata QIDs, the same the entity extractor assigns.
 */
public final class OutletCountries {
    private static final Map<String, String> OUTLETS = Map.ofEntries(
            Map.entry("maariv.co.il", "Q801"), Map.entry("haaretz.com", "Q801"), Map.entry("haaretz.co.il", "Q801"),
            Map.entry("ynetnews.com", "Q801"), Map.entry("timesofisrael.com", "Q801"), Map.entry("jpost.com", "Q801"),
            Map.entry("raialyoum.com", "Q145"), Map.entry("aljazeera.net", "Q846"), Map.entry("aljazeera.com", "Q846"),
            Map.entry("alarabiya.net", "Q878"), Map.entry("skynewsarabia.com", "Q878"), Map.entry("thenationalnews.com", "Q878"),
            Map.entry("aawsat.com", "Q145"), Map.entry("alriyadh.com", "Q851"), Map.entry("al-jazirah.com", "Q851"),
            Map.entry("alyaum.com", "Q851"), Map.entry("aleqt.com", "Q851"), Map.entry("okaz.com.sa", "Q851"),
            Map.entry("alwatan.com.sa", "Q851"), Map.entry("al-madina.com", "Q851"), Map.entry("alweeam.com.sa", "Q851"),
            Map.entry("3alyoum.com", "Q851"), Map.entry("sabq.org", "Q851"), Map.entry("spa.gov.sa", "Q851"),
            Map.entry("arreyadi.com.sa", "Q851"), Map.entry("arriyadiyah.com", "Q851"),
            Map.entry("ahram.org.eg", "Q79"), Map.entry("youm7.com", "Q79"), Map.entry("masrawy.com", "Q79"),
            Map.entry("almasryalyoum.com", "Q79"), Map.entry("hurriyet.com.tr", "Q43"), Map.entry("sabah.com.tr", "Q43"),
            Map.entry("aa.com.tr", "Q43"), Map.entry("trtworld.com", "Q43"), Map.entry("dailysabah.com", "Q43"),
            Map.entry("bbc.com", "Q145"), Map.entry("bbc.co.uk", "Q145"), Map.entry("theguardian.com", "Q145"),
            Map.entry("reuters.com", "Q145"), Map.entry("ft.com", "Q145"), Map.entry("nytimes.com", "Q30"),
            Map.entry("washingtonpost.com", "Q30"), Map.entry("cnn.com", "Q30"), Map.entry("apnews.com", "Q30"),
            Map.entry("france24.com", "Q142"), Map.entry("lemonde.fr", "Q142"), Map.entry("dw.com", "Q183"),
            Map.entry("annahar.com", "Q822"), Map.entry("almanar.com.lb", "Q822"), Map.entry("alquds.co.uk", "Q145"));
    private static final Map<String, String> TLDS = Map.ofEntries(
            Map.entry("il", "Q801"), Map.entry("sa", "Q851"), Map.entry("eg", "Q79"), Map.entry("tr", "Q43"),
            Map.entry("ae", "Q878"), Map.entry("qa", "Q846"), Map.entry("jo", "Q810"), Map.entry("lb", "Q822"),
            Map.entry("sy", "Q858"), Map.entry("iq", "Q796"), Map.entry("ir", "Q794"), Map.entry("kw", "Q817"),
            Map.entry("bh", "Q398"), Map.entry("om", "Q842"), Map.entry("ye", "Q805"), Map.entry("ps", "Q219060"),
            Map.entry("ma", "Q1028"), Map.entry("dz", "Q262"), Map.entry("tn", "Q948"), Map.entry("ly", "Q1016"),
            Map.entry("sd", "Q1049"), Map.entry("uk", "Q145"), Map.entry("fr", "Q142"), Map.entry("de", "Q183"),
            Map.entry("es", "Q29"), Map.entry("it", "Q38"), Map.entry("ru", "Q159"), Map.entry("gr", "Q41"),
            Map.entry("cy", "Q229"), Map.entry("pk", "Q843"), Map.entry("in", "Q668"), Map.entry("us", "Q30"));
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Q801", "Israel"), Map.entry("Q851", "Saudi Arabia"), Map.entry("Q79", "Egypt"),
            Map.entry("Q43", "Turkey"), Map.entry("Q878", "United Arab Emirates"), Map.entry("Q846", "Qatar"),
            Map.entry("Q810", "Jordan"), Map.entry("Q822", "Lebanon"), Map.entry("Q858", "Syria"), Map.entry("Q796", "Iraq"),
            Map.entry("Q794", "Iran"), Map.entry("Q817", "Kuwait"), Map.entry("Q398", "Bahrain"), Map.entry("Q842", "Oman"),
            Map.entry("Q805", "Yemen"), Map.entry("Q219060", "Palestine"), Map.entry("Q1028", "Morocco"),
            Map.entry("Q262", "Algeria"), Map.entry("Q948", "Tunisia"), Map.entry("Q1016", "Libya"), Map.entry("Q1049", "Sudan"),
            Map.entry("Q145", "United Kingdom"), Map.entry("Q142", "France"), Map.entry("Q183", "Germany"),
            Map.entry("Q29", "Spain"), Map.entry("Q38", "Italy"), Map.entry("Q159", "Russia"), Map.entry("Q41", "Greece"),
            Map.entry("Q229", "Cyprus"), Map.entry("Q843", "Pakistan"), Map.entry("Q668", "India"), Map.entry("Q30", "United States"));

    /** The outlet's domain: the URL's host without {@code www.}/{@code m.}, lower-cased. */
    public static Optional<String> domainOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            for (String prefix : new String[]{"www.", "m.", "amp."}) {
                if (host.startsWith(prefix)) {
                    host = host.substring(prefix.length());
                }
            }
            return Optional.of(host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Optional<String> countryOf(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        for (String d = domain; d.contains("."); d = d.substring(d.indexOf('.') + 1)) {
            String id = OUTLETS.get(d);
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.ofNullable(TLDS.get(domain.substring(domain.lastIndexOf('.') + 1)));
    }

    public Optional<String> label(String countryId) {
        return Optional.ofNullable(LABELS.get(countryId));
    }
}
