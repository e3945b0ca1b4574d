package org.seacorpus.ingest;

import java.util.ArrayList;
import java.util.List;

import org.seacorpus.document.Document;

/** Collects what an extractor emits, for assertions. */
final class CollectingSink implements ExtractionSink {
    final List<Document> documents = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final List<ImportFailure.Kind> kinds = new ArrayList<>();

    @Override
    public void document(Document doc) {
        documents.add(doc);
    }

    @Override
    public void failure(String part, String error) {
        failure(part, ImportFailure.Kind.INPUT, error);
    }

    @Override
    public void failure(String part, ImportFailure.Kind kind, String error) {
        failures.add(part + ": " + error);
        kinds.add(kind);
    }
}
