package org.seacorpus.ingest;

import java.util.List;

/**
 * How to read JSONL and CSV datasets.
 *
 * @param textFields fields whose values make the document text, joined by a blank line (default {@code text})
 * @param idField    field whose value names the row (its part); rows without it are named by line number
 */
public record DatasetOptions(List<String> textFields, String idField) {
    public static final DatasetOptions DEFAULTS = new DatasetOptions(List.of("text"), "id");

    public DatasetOptions {
        textFields = textFields == null || textFields.isEmpty() ? List.of("text") : List.copyOf(textFields);
        idField = idField == null || idField.isBlank() ? "id" : idField;
    }
}
