package org.seacorpus.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.seacorpus.config.PipelineConfigReader;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.document.Document;
import org.seacorpus.document.DocumentId;
import org.seacorpus.document.DuplicateMark;
import org.seacorpus.document.Origin;
import org.seacorpus.document.SourceLocation;
import org.seacorpus.document.TokenSpans;
import org.seacorpus.index.DocumentMapper;
import org.seacorpus.index.Fields;
import org.seacorpus.lang.LanguageProfiles;

/**
 * {@code corpus migrate}: turns a schema-1 corpus, whose document ids hash absolute file URIs, into a schema-2
 * corpus with portable source names and ids ({@link org.seacorpus.document.SourceName}), keeping every document,
 * mark, tag and rejection, and the audit trail keyed by the new ids.
 *
 * <p>Order of work, so that a migration killed at any point can simply be run again: (1) the new names and ids
 * are computed and checked (two documents must not meet at one id) without writing; (2) the old → new id pairs
 * are written to {@code migrations/}; (3) the reports in {@code runs/} and (4) the source ledger are rewritten,
 * each file atomically and idempotently; (5) the index is rewritten in one commit (each document replaced under
 * its new id, its old location kept as {@link SourceLocation}, {@code duplicate_of} and clusters pointed at the
 * new ids); (6) {@code corpus.yaml} gets the new schema version last. A run again after a crash finds the same
 * names for the documents still to do, and nothing to change in what is done.
 *
 * <p>The import fingerprint (what makes a re-import report {@code unchanged}) hashes the source name, so it is
 * recomputed: the import's tags and forced language are not stored apart from curation, so the candidates are
 * tried (subsets of the stored tags) until one gives the stored fingerprint back under the old name; then the
 * new one is computed from the same inputs. When none does (metadata edited since), the old fingerprint is kept
 * and a re-import of that file reports {@code updated}, which the report counts.
 */
final class SchemaMigration {
    /** At most this many tag subsets are tried per document when recomputing its fingerprint. */
    private static final int MAX_TAG_CANDIDATES = 256;

    private final CorpusHome home;
    private final MigrationOptions options;
    private final LanguageProfiles profiles;
    private final LedgerRenamer ledgerRenamer;
    private final DocumentMapper mapper = new DocumentMapper();

    SchemaMigration(CorpusHome home, MigrationOptions options, LanguageProfiles profiles, LedgerRenamer ledger) {
        this.home = home;
        this.ledgerRenamer = ledger;
        this.options = options;
        this.profiles = profiles;
    }

    MigrationReport run() {
        Instant started = Instant.now();
        int from = home.config().schemaVersion();
        try (CorpusStore store = new CorpusStore(home, profiles, "migrate")) {
            DirectoryReader reader = store.reader();
            Set<String> fileSources = MigrationNaming.fileSources(reader);
            MigrationNaming naming = naming(fileSources);
            Map<String, String> sources = new TreeMap<>();
            List<String> unnamed = new ArrayList<>();
            for (String source : fileSources) {
                String name = naming.name(MigrationNaming.fileOf(source));
                if (name == null) {
                    unnamed.add(source);
                } else {
                    sources.put(source, name);
                }
            }
            if (!unnamed.isEmpty()) {
                throw new IllegalArgumentException(unnamed.size() + (unnamed.size() == 1 ? " source lies" : " sources lie")
                        + " under none of the roots given (" + String.join(", ", naming.describe()) + "), e.g. "
                        + MigrationNaming.fileOf(unnamed.get(0)) + "; add a --root that holds "
                        + (unnamed.size() == 1 ? "it" : "them") + "; nothing was changed");
            }
            Map<String, String> ids = ids(reader, sources);
            List<MigrationReport.Example> examples = sources.entrySet().stream().limit(10)
                    .map(e -> new MigrationReport.Example(e.getKey(), e.getValue())).toList();
            if (options.dryRun() || (ids.isEmpty() && from >= CorpusConfig.SCHEMA_VERSION)) {
                return report(started, from, from, naming, reader.numDocs(), ids.size(), 0, 0, 0, 0, null,
                        examples);
            }
            String stamp = started.toString().replace(":", "").replace("-", "");
            Path idMap = writeIdMap(ids, stamp);
            long runFiles = new RunFileIds(ids, sources).rewrite(home.runsDir());
            long ledger = ledgerRenamer.rename(home.dir(), path -> naming.name(path));
            long[] counts = rewriteIndex(store, sources, ids);
            store.commit();
            home.upgradeSchema(CorpusConfig.SCHEMA_VERSION);
            MigrationReport report = report(started, from, CorpusConfig.SCHEMA_VERSION, naming, reader.numDocs(),
                    counts[0], counts[1], counts[2], runFiles, ledger,
                    home.dir().relativize(idMap).toString(), examples);
            home.appendRun("migrate", report);
            return report;
        } catch (IOException e) {
            throw new CorpusException("cannot migrate corpus " + home.dir() + ": " + e.getMessage()
                    + "; nothing is lost: run 'corpus migrate' again to finish", e);
        }
    }

    /**
     * Why a corpus of an older schema cannot be opened, with the exact command that migrates it; null when it
     * holds no document named by a local file (it is then simply upgraded).
     */
    static String refusal(CorpusHome home) {
        Set<String> fileSources;
        int documents;
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(home.indexDir());
             DirectoryReader reader = DirectoryReader.open(directory)) {
            documents = reader.numDocs();
            fileSources = documents == 0 ? Set.of() : MigrationNaming.fileSources(reader);
        } catch (IOException e) {
            throw new CorpusException("cannot read the index of corpus " + home.dir() + ": " + e.getMessage(), e);
        }
        if (fileSources.isEmpty()) {
            return null;
        }
        boolean pipeline = Files.isDirectory(home.dir().resolve("ledger"));
        Path common = MigrationNaming.commonFolder(fileSources);
        String command = "corpus -C " + quote(home.dir().toString()) + " migrate "
                + (pipeline ? "--pipeline PIPELINE.yaml" : "--root " + quote(String.valueOf(common)));
        return "corpus " + home.dir() + " was written by an earlier seacorpus (schema "
                + home.config().schemaVersion() + "): its " + documents + (documents == 1 ? " document is" : " documents are")
                + " keyed by absolute file paths, which this version no longer uses (ids are portable now). "
                + "Migrate it once; every document, mark, tag and the audit trail are kept:\n  " + command
                + "\n" + (pipeline ? "naming PIPELINE.yaml, the pipeline file that built it (its sources are under "
                + common + "); " : "(the folder that holds every source; give the folder you imported instead if "
                + "it was another); ") + "add --dry-run to see the new names first";
    }

    private static String quote(String path) {
        return path.matches("[A-Za-z0-9_./+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }

    private MigrationNaming naming(Set<String> fileSources) {
        PipelineFile pipeline = options.pipeline() == null ? null
                : new PipelineConfigReader(profiles).read(options.pipeline());
        List<Path> roots = options.roots();
        if (roots.isEmpty() && pipeline == null) {
            Path common = MigrationNaming.commonFolder(fileSources);
            roots = common == null ? List.of() : List.of(common);
        }
        return new MigrationNaming(roots, pipeline, options.sourceName());
    }

    /** Old id → new id of every live document whose source is renamed; refuses ids that would meet. */
    private Map<String, String> ids(DirectoryReader reader, Map<String, String> sources) throws IOException {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> taken = new HashMap<>();
        Set<String> fields = Set.of(Fields.ID, Fields.SOURCE, Fields.PART);
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                org.apache.lucene.document.Document d = stored.document(doc, fields);
                String id = d.get(Fields.ID);
                String name = sources.get(d.get(Fields.SOURCE));
                String newId = name == null ? id : DocumentId.of(name, d.get(Fields.PART));
                String other = taken.putIfAbsent(newId, id);
                if (other != null) {
                    throw new IllegalArgumentException("two documents would get the same id " + newId
                            + " (now " + other + " and " + id + ", source name " + (name == null ? d.get(Fields.SOURCE)
                            : name) + "): their roots have the same name; give each its own --root, or migrate "
                            + "with --source-name; nothing was changed");
                }
                if (name != null) {
                    ids.put(id, newId);
                }
            }
        }
        return ids;
    }

    private Path writeIdMap(Map<String, String> ids, String stamp) throws IOException {
        Path dir = home.dir().resolve("migrations");
        Files.createDirectories(dir);
        Path file = dir.resolve(stamp + "-ids.tsv");
        Path tmp = dir.resolve(stamp + "-ids.tsv.tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("old_id\tnew_id\n");
            for (Map.Entry<String, String> e : new TreeMap<>(ids).entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** @return documents renamed, and documents whose marks were pointed at new ids, and fingerprints kept */
    private long[] rewriteIndex(CorpusStore store, Map<String, String> sources, Map<String, String> ids)
            throws IOException {
        long renamed = 0;
        long remapped = 0;
        long kept = 0;
        Map<String, String> clusters = new HashMap<>();
        ids.forEach((a, b) -> clusters.put(a.substring(0, 16), b.substring(0, 16)));
        for (LeafReaderContext leaf : store.reader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                DocumentMapper.Stored s = mapper.fromLucene(leaf.reader(), doc);
                Document before = s.document();
                Document after = before;
                String fingerprint = s.fingerprint();
                String name = sources.get(before.origin().source());
                if (name != null) {
                    Origin o = before.origin();
                    Origin origin = new Origin(name, o.part(), o.mime(), o.encoding(), o.title(), o.url(), o.meta());
                    after = new Document(ids.get(before.id()), origin, before.text(), before.normalization(),
                            before.language(), before.counts(), before.tags(), before.status(),
                            before.annotations().with(new SourceLocation(o.source())));
                    String recomputed = fingerprint(before, origin, fingerprint);
                    if (recomputed == null) {
                        kept++;
                    } else {
                        fingerprint = recomputed;
                    }
                    renamed++;
                }
                DuplicateMark mark = after.annotation(DuplicateMark.class).orElse(null);
                if (mark != null) {
                    DuplicateMark moved = new DuplicateMark(cluster(mark.cluster(), clusters),
                            mark.duplicateOf() == null ? null : ids.getOrDefault(mark.duplicateOf(), mark.duplicateOf()),
                            mark.clusterSize());
                    if (!moved.equals(mark)) {
                        after = after.with(moved);
                        remapped++;
                    }
                }
                if (!after.equals(before) || !fingerprint.equals(s.fingerprint())) {
                    store.writer().updateDocument(new Term(Fields.ID, before.id()),
                            store.mapper().toLucene(after, fingerprint, s.importedAt()));
                }
            }
        }
        return new long[] {renamed, remapped, kept};
    }

    private static String cluster(String cluster, Map<String, String> clusters) {
        if (cluster == null) {
            return null;
        }
        int dash = cluster.indexOf('-');
        String to = dash < 0 ? null : clusters.get(cluster.substring(dash + 1));
        return to == null ? cluster : cluster.substring(0, dash + 1) + to;
    }

    /**
     * The import fingerprint under the new name, from the inputs that give the stored one back under the old
     * name; null when no candidate does.
     */
    private static String fingerprint(Document stored, Origin renamed, String old) {
        String raw = stored.normalization().changed() ? stored.normalization().original() : stored.text();
        String forced = stored.language().forced() ? stored.language().lang() : null;
        java.util.Optional<TokenSpans> spans = stored.annotation(TokenSpans.class);
        for (Set<String> tags : tagCandidates(stored.tags())) {
            Document asImported = new Document(stored.id(), stored.origin(), raw, null, null, null, tags, null);
            if (spans.isPresent()) {
                asImported = asImported.with(spans.get());
            }
            if (ImportFingerprint.matchesStored(asImported, forced, old)) {
                Document now = new Document(stored.id(), renamed, raw, null, null, null, tags, null);
                return ImportFingerprint.of(spans.isPresent() ? now.with(spans.get()) : now, forced);
            }
        }
        return null;
    }

    /** Subsets of the stored tags, the whole set and the empty set first, at most {@link #MAX_TAG_CANDIDATES}. */
    static List<Set<String>> tagCandidates(Set<String> tags) {
        List<String> all = new ArrayList<>(tags);
        Set<Set<String>> out = new LinkedHashSet<>();
        out.add(Set.copyOf(tags));
        out.add(Set.of());
        int n = Math.min(all.size(), 8);
        for (int mask = (1 << n) - 2; mask > 0 && out.size() < MAX_TAG_CANDIDATES; mask--) {
            Set<String> subset = new java.util.TreeSet<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(all.get(i));
                }
            }
            out.add(subset);
        }
        return new ArrayList<>(out);
    }

    private MigrationReport report(Instant started, int from, int to, MigrationNaming naming, long documents,
                                   long renamed, long remapped, long kept, long runFiles, long ledger, String idMap,
                                   List<MigrationReport.Example> examples) {
        return new MigrationReport("migrate", started.toString(), Duration.between(started, Instant.now()).toMillis(),
                options.dryRun(), from, to, naming.describe(), documents, renamed, remapped, kept, runFiles, ledger,
                idMap, examples);
    }
}
