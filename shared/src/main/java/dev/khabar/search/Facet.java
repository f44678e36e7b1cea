package dev.khabar.search;

/** The filterable dimensions, each with the request parameter that filters it. */
public enum Facet {
    LANGUAGE("lang"),
    SOURCE("source"),
    ENTITY("entity"),
    SOURCE_COUNTRY("source_country"),
    ABOUT_COUNTRY("about");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
