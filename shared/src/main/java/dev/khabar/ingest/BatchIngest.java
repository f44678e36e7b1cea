package dev.khabar.ingest;

import java.util.ArrayList;
import java.util.List;

/** Runs a read batch through the pipeline and lines the outcomes up with the request's items. */
public final class BatchIngest {
    private final BatchRequestReader reader;
    private final IngestPipeline pipeline;

    public BatchIngest(BatchRequestReader reader, IngestPipeline pipeline) {
        this.reader = reader;
        this.pipeline = pipeline;
    }

    public List<IngestOutcome> ingest(byte[] body) {
        List<BatchRequestReader.Item> items = reader.read(body);
        List<Submission> readable = new ArrayList<>();
        for (BatchRequestReader.Item item : items) {
            if (item.submission() != null) {
                readable.add(item.submission());
            }
        }
        List<IngestOutcome> done = pipeline.ingestAll(readable);
        List<IngestOutcome> outcomes = new ArrayList<>(items.size());
        int next = 0;
        for (BatchRequestReader.Item item : items) {
            outcomes.add(item.submission() != null ? done.get(next++) : IngestOutcome.rejected(item.code(), item.reason()));
        }
        return outcomes;
    }
}
