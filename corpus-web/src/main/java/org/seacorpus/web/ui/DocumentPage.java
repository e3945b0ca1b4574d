package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.seacorpus.curate.AuditEntry;
import org.seacorpus.dedupe.ClusterView;
import org.seacorpus.document.Document;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.LangSpan;
import org.seacorpus.document.Rejection;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.search.KwicRequest;
import org.seacorpus.search.KwicResult;
import org.seacorpus.search.SearchRequest;
import org.seacorpus.web.Params;
import org.seacorpus.web.Urls;
import org.seacorpus.web.WebException;
import org.seacorpus.web.Workbench;
import org.seacorpus.web.chart.Numbers;

import io.javalin.http.Context;

/**
 * One document: its full text with the hits of the search it was opened from marked and its language spans
 * shown, its metadata, what normalisation changed (before and after), the other members of its duplicate
 * cluster side by side, and its audit history; with curation forms when curation is on.
 */
public final class DocumentPage {
    static final int BANDS = 5;
    /** Most hits marked in one document. */
    static final int MAX_MARKED = 10_000;

    public record View(String title, Document doc, DocumentMapper.Stored stored, List<Segment> text,
                       List<Band> bands, String query, long hits, List<String[]> meta, List<TextDiff.Line> diff,
                       Map<String, Integer> rules, ClusterView cluster, List<AuditEntry> history, String searchUrl,
                       String self) {
        public String hitsText() {
            return Numbers.count(hits) + (hits == 1 ? " hit" : " hits") + " of " + query;
        }

        public String memberUrl(String id) {
            return "/doc/" + Urls.segment(id);
        }

        public String similarity(ClusterView.Member m) {
            return Numbers.decimal(m.jaccard(), 2);
        }
    }

    /** A language (or script) of the document's spans, with its colour band and share of the text. */
    public record Band(String lang, String script, int band, String share) {
        public String spanClass() {
            return band < 0 ? "" : "span l" + band;
        }

        public boolean own() {
            return band < 0;
        }
    }

    private final Workbench bench;

    public DocumentPage(Workbench bench) {
        this.bench = bench;
    }

    public View view(Context ctx) {
        String id = ctx.pathParam("id");
        DocumentMapper.Stored stored;
        try {
            stored = bench.corpus().document(id).orElseThrow(() -> new WebException(404, "no document with id '"
                    + id + "'; it may have been removed by a later import"));
        } catch (IllegalArgumentException e) {
            throw new WebException(400, e.getMessage());
        }
        Document doc = stored.document();
        String query = Params.text(ctx, "q");
        List<int[]> hits = query == null ? List.of() : hits(doc, query);
        List<Band> bands = bands(doc);
        List<Segment> text = segments(doc.text(), doc.spans(), bands, hits, doc.language().lang());
        ClusterView cluster = doc.annotation(DuplicateMark.class).map(DuplicateMark::cluster)
                .flatMap(c -> bench.corpus().cluster(c)).orElse(null);
        String searchUrl = query == null ? null
                : Urls.to("/search").with("q", query).with("lang", Params.text(ctx, "lang")).toString();
        String title = !doc.origin().title().isEmpty() ? doc.origin().title() : SearchPage.shortSource(
                doc.origin().source()) + (doc.origin().part().isEmpty() ? "" : " [" + doc.origin().part() + "]");
        String self = Urls.to("/doc/" + Urls.segment(doc.id())).with("q", query).with("lang", Params.text(ctx,
                "lang")).toString();
        return new View(title, doc, stored, text, bands.size() > 1 ? bands : List.of(), query, hits.size(),
                meta(stored), TextDiff.lines(doc.normalization().original(), doc.text()),
                doc.normalization().rules(), cluster, bench.corpus().curation().history(doc.id()), searchUrl, self);
    }

    /**
     * The hits of {@code query} in this document (offsets in its stored text): the lines of its concordance,
     * so a word matched as a word and as syllables is one hit, as on the search page.
     */
    private List<int[]> hits(Document doc, String query) {
        try {
            KwicResult kwic = bench.corpus().analysis().concordance(new KwicRequest(new SearchRequest(query,
                    doc.language().lang(), List.of("id:" + doc.id()), 1), 0, false, null, MAX_MARKED, 0));
            return kwic.lines().stream().map(l -> new int[] {l.start(), l.end()}).toList();
        } catch (IllegalArgumentException e) {
            return List.of(); // a query that does not parse marks nothing here; the search page says why
        }
    }

    private static List<Band> bands(Document doc) {
        Map<String, Long> chars = new LinkedHashMap<>();
        long total = 0;
        for (LangSpan span : doc.spans()) {
            chars.merge(span.lang() + " " + span.script(), (long) span.length(), Long::sum);
            total += span.length();
        }
        List<Band> out = new ArrayList<>();
        int band = 0;
        String own = doc.language().lang() + " " + doc.language().script();
        for (Map.Entry<String, Long> e : chars.entrySet()) {
            String[] ls = e.getKey().split(" ");
            // the document's own language stays unmarked: only what differs from it is underlined
            int b = e.getKey().equals(own) ? -1 : band++ % BANDS;
            double share = total == 0 ? 0 : 100.0 * e.getValue() / total;
            out.add(new Band(ls[0], ls[1], b, share > 0 && share < 0.5 ? "< 1 %" : Numbers.decimal(share, 0) + " %"));
        }
        return out;
    }

    /** The text cut at every span and hit boundary: each piece knows its span's band and whether it is a hit. */
    static List<Segment> segments(String text, List<LangSpan> spans, List<Band> bands, List<int[]> hits,
                                  String docLang) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        boolean banded = bands.size() > 1;
        if (banded) {
            for (LangSpan s : spans) {
                cuts.add(Math.min(s.start(), text.length()));
                cuts.add(Math.min(s.end(), text.length()));
            }
        }
        for (int[] h : hits) {
            cuts.add(Math.min(h[0], text.length()));
            cuts.add(Math.min(h[1], text.length()));
        }
        List<Segment> out = new ArrayList<>();
        int from = cuts.first();
        for (int to : cuts.tailSet(from, false)) {
            int start = from;
            LangSpan span = banded ? spanAt(spans, start) : null;
            int band = span == null ? -1 : bandOf(bands, span);
            span = band < 0 ? null : span;
            boolean marked = hits.stream().anyMatch(h -> h[0] <= start && start < h[1]);
            out.add(new Segment(text.substring(start, to), marked, span == null ? docLang : span.lang(), band));
            from = to;
        }
        return out;
    }

    private static LangSpan spanAt(List<LangSpan> spans, int offset) {
        for (LangSpan s : spans) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int bandOf(List<Band> bands, LangSpan span) {
        for (Band b : bands) {
            if (b.lang().equals(span.lang()) && b.script().equals(span.script())) {
                return b.band();
            }
        }
        return -1;
    }

    private static List<String[]> meta(DocumentMapper.Stored stored) {
        Document doc = stored.document();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", doc.id()});
        rows.add(new String[] {"source", doc.origin().source()});
        add(rows, "part", doc.origin().part());
        add(rows, "title", doc.origin().title());
        add(rows, "url", doc.origin().url());
        add(rows, "media type", doc.origin().mime());
        add(rows, "encoding", doc.origin().encoding());
        rows.add(new String[] {"imported", stored.importedAt().toString()});
        rows.add(new String[] {"language", doc.language().lang() + " (" + doc.language().script() + "), score "
                + Numbers.decimal(doc.language().score(), 3) + (doc.language().forced() ? ", forced" : "")});
        rows.add(new String[] {"size", Numbers.count(doc.counts().chars()) + " characters, "
                + Numbers.count(doc.counts().words()) + " words, " + Numbers.count(doc.counts().sentences())
                + " sentences"});
        rows.add(new String[] {"status", doc.status().value()});
        doc.annotation(Rejection.class).ifPresent(r -> rows.add(new String[] {"rejected", r.reason() + " (" + r.at()
                + ", was " + r.previous().value() + ")"}));
        doc.annotation(DuplicateMark.class).ifPresent(m -> {
            rows.add(new String[] {"cluster", m.cluster()});
            add(rows, "duplicate of", m.duplicateOf());
        });
        rows.add(new String[] {"content hash", stored.contentHash()});
        doc.origin().meta().forEach((k, v) -> rows.add(new String[] {"meta." + k, v}));
        return rows;
    }

    private static void add(List<String[]> rows, String name, String value) {
        if (value != null && !value.isEmpty()) {
            rows.add(new String[] {name, value});
        }
    }
}
