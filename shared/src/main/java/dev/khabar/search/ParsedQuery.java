package dev.khabar.search;

import java.util.List;

/** The clauses of a query, in the order typed. Empty when nothing searchable was typed. */
public record ParsedQuery(List<QueryClause> clauses) {

    public ParsedQuery {
        clauses = List.copyOf(clauses);
    }

    public boolean isEmpty() {
        return clauses.isEmpty();
    }
}
