package org.seacorpus.lang.identify;

import java.util.Objects;

/**
 * A text with the language it is known to be in: a training sample or a development-set sentence.
 *
 * @param label  language code, e.g. {@code jv}
 * @param text   the text
 * @param source where it came from (file and line), for error messages and evaluation reports
 */
public record LabelledText(String label, String text, String source) {
    public LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
    }
}
