package org.seacorpus.web.ui;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the templates (src/main/jte, compiled to classes at build time). In HTML mode jte escapes every
 * {@code ${…}} for the place it stands in (text, attribute, URL), so document text, metadata and queries can
 * never become markup.
 */
public final class Views {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Views() {
    }

    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
