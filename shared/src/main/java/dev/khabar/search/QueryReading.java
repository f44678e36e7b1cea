package dev.khabar.search;

import java.time.LocalDate;
import java.util.List;

/** What the free text of a query contributes to a search, and the account of it shown to users. */
public record QueryReading(List<TermGroup> groups, List<EntityMatch> entities, List<String> excluded,
                           LocalDate from, LocalDate to, Interpretation interpretation) {
}
