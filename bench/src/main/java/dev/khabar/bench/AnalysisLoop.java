package dev.khabar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.aws.Wiring;
import dev.khabar.ingest.ArticleRequestReader;
import dev.khabar.ingest.IngestLimits;
import dev.khabar.ingest.RawTextParser;
import dev.khabar.model.ArticleInput;
import dev.khabar.local.SaudiNewsNet;
import dev.khabar.understand.ArticleAnalyzer;
import dev.khabar.understand.Understanding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AnalysisLoop [seconds] [articles]}: nothing but the product analyzer over SaudiNewsNet articles in a
 * loop, for a profiler to watch (JFR: {@code -XX:StartFlightRecording=filename=a.jfr,settings=profile}).
 */
public final class AnalysisLoop {
    private AnalysisLoop() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ArticleRequestReader reader = new ArticleRequestReader(new ObjectMapper(), new RawTextParser(), IngestLimits.defaults());
        List<ArticleInput> inputs = new ArrayList<>();
        for (ObjectNode a : SaudiNewsNet.articles(new ObjectMapper(), Path.of("../shared/data"), n)) {
            inputs.add(reader.fromNode(a));
        }
        ArticleAnalyzer analyzer = Wiring.analyzer(Understanding.load());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long passes = 0;
        long found = 0;
        while (System.nanoTime() < end) {
            for (ArticleInput input : inputs) {
                found += analyzer.analyze(input).entities().size();
            }
            passes++;
        }
        System.out.println(passes + " passes over " + inputs.size() + " articles (" + found + " entity mentions)");
    }
}
