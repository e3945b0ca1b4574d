package org.seacorpus.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import org.seacorpus.document.Document;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.segment.*;

/** FieldCosts CORPUS_INDEX DOCS ROUNDS: CPU of building and indexing the same documents with field families left out. */
public class FieldCosts {
    static final FieldType NO_OFFSETS = new FieldType(DocumentMapper.TEXT_TYPE);
    static { NO_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS); NO_OFFSETS.freeze(); }
    static final Set<String> TOKENS = Set.of(Fields.TOKENS, Fields.TOKEN_SURFACES, Fields.TOKEN_SEQUENCE, Fields.TOKEN_OFFSETS);
    static final Set<String> SURFACES = Set.of(Fields.TOKEN_SURFACES);

    public static void main(String[] a) throws Exception {
        Path index = Paths.get(a[0]); int limit = Integer.parseInt(a[1]); int rounds = Integer.parseInt(a[2]);
        List<String> variants = List.of(a.length > 3 ? a[3].split(",") : new String[] {"all", "nooffsets", "notokens", "nosurfaces", "nolines"});
        LanguageProfiles profiles = LanguageProfiles.builtIn();
        Segmenters segmenters = new Segmenters(profiles);
        DocumentMapper mapper = new DocumentMapper(profiles, segmenters);
        LanguageAnalyzers analyzers = new LanguageAnalyzers(profiles, segmenters);
        List<Document> docs = new ArrayList<>();
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(index))) {
            outer:
            for (LeafReaderContext c : r.leaves()) {
                for (int d = 0; d < c.reader().maxDoc(); d++) {
                    docs.add(mapper.fromLucene(c.reader(), d).document());
                    if (docs.size() == limit) break outer;
                }
            }
        }
        System.out.println("docs " + docs.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < variants.size(); k++) {
                String v = variants.get((round + k) % variants.size());
                Path dir = Paths.get("/tmp/lead15/fc-" + v);
                deleteAll(dir);
                IndexWriterConfig config = new IndexWriterConfig(analyzers)
                        .setCodec(new Lucene103Codec(Lucene103Codec.Mode.BEST_COMPRESSION))
                        .setRAMBufferSizeMB(64).setMergeScheduler(new SerialMergeScheduler());
                long t0 = threads.getCurrentThreadCpuTime();
                try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), config)) {
                    for (Document doc : docs) {
                        Segmentation seg = Segmentation.of(segmenters.forLanguage(doc.language().lang()), doc.text());
                        Document full = doc.with(seg).with(TokenForms.of(seg.tokens()));
                        org.apache.lucene.document.Document out = mapper.toLucene(full, "fp", now);
                        w.addDocument(variant(v, out));
                    }
                    w.commit();
                }
                double s = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
                if (round > 0) cpu.computeIfAbsent(v, x -> new ArrayList<>()).add(s);
                System.out.printf(Locale.ROOT, "round %d %s %.2f s load %.2f%n", round, v, s, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        List<Double> base = cpu.get(variants.get(0));
        for (String v : variants) {
            List<Double> xs = cpu.get(v);
            double[] ratios = new double[xs.size()];
            for (int i = 0; i < xs.size(); i++) ratios[i] = xs.get(i) / base.get(i);
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "%-12s median %.2f s, ratio to %s by round: median %.3f, %s%n", v, median(xs), variants.get(0), ratios[ratios.length / 2], Arrays.toString(ratios));
        }
    }

    static double median(List<Double> xs) { List<Double> s = new ArrayList<>(xs); Collections.sort(s); return s.get(s.size() / 2); }

    static org.apache.lucene.document.Document variant(String v, org.apache.lucene.document.Document in) {
        if (v.equals("all")) return in;
        org.apache.lucene.document.Document out = new org.apache.lucene.document.Document();
        for (IndexableField f : in.getFields()) {
            String name = f.name();
            switch (v) {
                case "notokens" -> { if (TOKENS.contains(name)) continue; }
                case "nosurfaces" -> { if (SURFACES.contains(name)) continue; }
                case "nolines" -> { if (name.equals(Fields.LINE_HASH)) continue; }
                case "nooffsets" -> {
                    if (Fields.isTextField(name) && f.fieldType().indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
                        out.add(f instanceof FoldedWordsField fw ? new FoldedWordsField(name, f.stringValue(), NO_OFFSETS, words(fw)) : new Field(name, f.stringValue(), NO_OFFSETS));
                        continue;
                    }
                }
                default -> { }
            }
            out.add(f);
        }
        return out;
    }

    static org.seacorpus.segment.TokenForms words(FoldedWordsField f) {
        try { var m = FoldedWordsField.class.getDeclaredField("words"); m.setAccessible(true); return (TokenForms) m.get(f); }
        catch (ReflectiveOperationException e) { throw new IllegalStateException(e); }
    }

    static void deleteAll(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) { s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
    }
}
