package org.seacorpus.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.seacorpus.lang.LanguageProfiles;

import com.ibm.icu.text.Normalizer2;

/**
 * The analyzer of each {@code text_<lang>} field. Words come from ICU's tokenizer, whose dictionaries find the
 * words of unspaced Thai, Lao, Khmer, Burmese and Chinese; then case folding with NFKC_Casefold, which is safe
 * here because it runs after word breaking (before it, NFKC would split Thai sara am). Every other field is a
 * keyword. Thread-safe; one analyzer per language, built on first use.
 */
public final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {
    private final Map<String, Analyzer> byLanguage = new ConcurrentHashMap<>();
    private final Analyzer keyword = new KeywordAnalyzer();
    private final LanguageProfiles profiles;

    public LanguageAnalyzers(LanguageProfiles profiles) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.profiles = profiles;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (Fields.isTextField(fieldName)) {
            return forLanguage(Fields.languageOfTextField(fieldName));
        }
        return keyword;
    }

    public Analyzer forLanguage(String lang) {
        return byLanguage.computeIfAbsent(profiles.get(lang).code(), code -> new IcuWordAnalyzer());
    }

    /** ICU words, case-folded. */
    static final class IcuWordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream folded = new ICUNormalizer2Filter(tokenizer,
                    Normalizer2.getInstance(null, "nfkc_cf", Normalizer2.Mode.COMPOSE));
            return new TokenStreamComponents(tokenizer, folded);
        }
    }
}
