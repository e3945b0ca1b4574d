package org.seacorpus.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.seacorpus.config.PipelineConfig;
import org.seacorpus.config.PipelineFile;
import org.seacorpus.config.SourcePaths;
import org.seacorpus.document.SourceName;
import org.seacorpus.index.Fields;

/**
 * How a schema migration names the files a schema-1 corpus knew only by their absolute URI: as the import or the
 * pipeline run that read them would name them today ({@link SourceName}'s rule), so that importing the same files
 * again finds them {@code unchanged}.
 */
final class MigrationNaming {
    private final List<Path> roots;
    private final PipelineFile pipeline;
    private final String prefix;

    /**
     * @param roots    import roots, longest first is chosen for each file
     * @param pipeline the pipeline file that imported the files, or null
     * @param prefix   prefix of every name, or null
     */
    MigrationNaming(List<Path> roots, PipelineFile pipeline, String prefix) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize())
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        this.pipeline = pipeline;
        this.prefix = prefix;
    }

    /** The portable name of a file, or null when no root (and no pipeline source) holds it. */
    String name(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (pipeline != null) {
            List<PipelineConfig.SourceSettings> sources = pipeline.config().sources();
            for (PipelineConfig.SourceSettings source : sources) {
                for (String written : source.paths()) {
                    Path root = SourcePaths.fixedPrefix(pipeline.baseDir(), written);
                    if (f.startsWith(root)) {
                        String p = prefix != null ? prefix : SourceName.checkPrefix(source.sourceName());
                        SourceName inBase = SourceName.inBase(p, pipeline.baseDir(), f);
                        return (inBase != null ? inBase : SourceName.inRoot(p, root, f)).value();
                    }
                }
            }
        }
        for (Path root : roots) {
            if (f.startsWith(root)) {
                return SourceName.inRoot(prefix, root, f).value();
            }
        }
        return null;
    }

    /** What the report says the names were made from. */
    List<String> describe() {
        List<String> out = new ArrayList<>();
        if (pipeline != null) {
            out.add("pipeline " + pipeline.path());
        }
        roots.forEach(r -> out.add(r.toString()));
        return out;
    }

    /** The file a schema-1 source URI names, or null when the source is not a local file. */
    static Path fileOf(String source) {
        if (!source.startsWith("file:")) {
            return null;
        }
        try {
            return Path.of(URI.create(source));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The distinct sources of a corpus that are still local file URIs (schema 1), sorted. */
    static Set<String> fileSources(IndexReader reader) throws IOException {
        Set<String> out = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.SOURCE);
        if (terms == null) {
            return out;
        }
        TermsEnum it = terms.iterator();
        if (it.seekCeil(new BytesRef("file:")) == TermsEnum.SeekStatus.END) {
            return out;
        }
        for (BytesRef term = it.term(); term != null; term = it.next()) {
            String source = term.utf8ToString();
            if (!source.startsWith("file:")) {
                break;
            }
            if (fileOf(source) != null) {
                out.add(source);
            }
        }
        return out;
    }

    /** The folder that holds every one of these files (for one file, its folder), or null for none. */
    static Path commonFolder(Set<String> sources) {
        Path common = null;
        for (String source : sources) {
            Path folder = fileOf(source).getParent();
            if (common == null) {
                common = folder;
            }
            while (common != null && !folder.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
