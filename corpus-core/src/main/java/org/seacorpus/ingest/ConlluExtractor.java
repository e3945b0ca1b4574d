package org.seacorpus.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seacorpus.conllu.ConlluDocument;
import org.seacorpus.conllu.ConlluException;
import org.seacorpus.conllu.ConlluReader;
import org.seacorpus.document.Document;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.document.Origin;
import org.seacorpus.lang.LanguageProfiles;

/**
 * CoNLL-U files ({@code .conllu}, Universal Dependencies): one document per {@code # newdoc} (part = its id, or
 * {@code doc-N} without one), or the whole file as one document when it has no {@code # newdoc}. The text is
 * rebuilt from the forms and {@code SpaceAfter=No} / {@code SpacesAfter}, and the file's tokens travel on the
 * document ({@link org.seacorpus.document.TokenSpans}) so the corpus keeps them as its words instead of cutting
 * the text again. The language is the one the file declares ({@code # lang = th}, as our export writes), else
 * the one UD's file names carry ({@code th_tud-ud-train.conllu}), when it is a language of ours; otherwise it
 * is identified from the text. The annotation columns (lemma, tags, features, dependencies) are not kept.
 * A document that breaks the format is reported with its line and skipped; the file's other documents are
 * imported.
 */
public final class ConlluExtractor implements Extractor {
    /** UD's file naming: {@code <lang>_<treebank>-ud-<split>.conllu}. */
    private static final Pattern UD_FILE = Pattern.compile("([a-z]{2,3})_[a-z0-9]+-ud-[a-z]+\\.conllu");
    private static final String MIME = "text/x-conllu";

    private final ImportLimits limits;
    private final LanguageProfiles profiles = LanguageProfiles.builtIn();

    public ConlluExtractor(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(InputItem item) {
        return item.lowerName().endsWith(".conllu");
    }

    @Override
    public void extract(InputItem item, ExtractionSink sink) throws ExtractionException {
        byte[] bytes;
        try {
            bytes = item.readAll(limits.maxFileBytes());
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + e.getMessage(), e);
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExtractionException("not UTF-8: a CoNLL-U file is UTF-8 by definition; convert it first "
                    + "(e.g. with iconv)");
        }
        Matcher udName = UD_FILE.matcher(item.lowerName());
        String fileLang = udName.matches() ? udName.group(1) : "";
        int[] documents = {0};
        Map<String, Integer> seenParts = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new StringReader(content))) {
            ConlluReader.read(in, new ConlluReader.Sink() {
                @Override
                public void document(ConlluDocument doc) {
                    documents[0]++;
                    sink.document(toDocument(item, doc, documents[0], fileLang, seenParts));
                }

                @Override
                public void failure(String id, int number, ConlluException problem) {
                    documents[0]++;
                    sink.failure(part(item, id, number), problem.getMessage());
                }
            });
        } catch (IOException e) {
            throw new ExtractionException("cannot read: " + e.getMessage(), e);
        }
        if (documents[0] == 0) {
            throw new ExtractionException("no sentences: the file holds no CoNLL-U word lines");
        }
    }

    private Document toDocument(InputItem item, ConlluDocument doc, int number, String fileLang,
                                Map<String, Integer> seenParts) {
        ConlluDocument.Rebuilt rebuilt = doc.rebuild();
        String part = part(item, doc.id(), number);
        int repeat = seenParts.merge(part, 1, Integer::sum);
        if (repeat > 1) {
            part = part + "#" + repeat; // two documents with one newdoc id must not become one document
        }
        Map<String, String> meta = doc.id().isEmpty() ? Map.of() : Map.of("newdoc_id", doc.id());
        Origin origin = new Origin(item.source(), part, MIME, "UTF-8", doc.title(), "", meta);
        Document out = Document.extracted(origin, rebuilt.text()).with(rebuilt.tokens());
        String lang = !doc.lang().isEmpty() ? doc.lang() : fileLang;
        if (profiles.find(lang).isPresent()) {
            // declared by the source: kept like a --lang (identification still finds the script and spans)
            out = out.withLanguage(new LanguageInfo(lang, "Zyyy", 1.0, List.of(), true));
        }
        return out;
    }

    /**
     * The part of a document: the archive entry (if any), then its newdoc id, or {@code doc-N} in a file of
     * several documents; empty for a plain file that is one document.
     */
    private static String part(InputItem item, String id, int number) {
        String own = !id.isEmpty() ? id : number == 1 ? "" : "doc-" + number;
        if (item.part().isEmpty()) {
            return own;
        }
        return own.isEmpty() ? item.part() : item.part() + "#" + own;
    }
}
