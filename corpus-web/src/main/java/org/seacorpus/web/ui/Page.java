package org.seacorpus.web.ui;

/**
 * What every page's frame needs: its title, the corpus, which menu entry is active, whether curation is on (and
 * the CSRF token its forms carry), a notice after an action, and, for the report file, the styles to inline.
 *
 * @param self      this page's own address (where a form on it returns to)
 * @param inlineCss null for a served page (styles and fonts come from /assets), else the whole style sheet
 *                  with the fonts inside, for one self-contained file
 */
public record Page(String title, String active, String corpus, boolean curation, String csrf, Notice notice,
                   String self, String inlineCss) {
    /** A message shown at the top of a page, with the id that undoes what it reports (or null). */
    public record Notice(String kind, String text, String undo) {
        public static Notice done(String text, String undo) {
            return new Notice("notice", text, undo);
        }

        public static Notice error(String text) {
            return new Notice("error", text, null);
        }
    }

    public boolean report() {
        return inlineCss != null;
    }

    public String navClass(String name) {
        return name.equals(active) ? "active" : "";
    }
}
