package dev.khabar.search;

import java.util.List;

public record SearchPage(List<SearchHit> hits, long total) {
}
