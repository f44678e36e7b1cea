package dev.khabar.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.ingest.AnalyzeService;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.IngestPipeline;
import dev.khabar.search.SearchService;
import dev.khabar.store.ArticleArchive;
import dev.khabar.store.ArticleRecords;
import dev.khabar.store.HealthCheck;
import dev.khabar.understand.entities.EntityLookup;

import java.util.List;

/** The wired object graph one container uses; handlers take what they need from it. */
public record Services(ObjectMapper json, IngestPipeline pipeline, ArticleRequestReader requestReader,
                       SearchService search, ArticleArchive archive, ArticleRecords records,
                       List<HealthCheck> health, AnalyzeService analyze, EntityLookup entityLookup) {
}
