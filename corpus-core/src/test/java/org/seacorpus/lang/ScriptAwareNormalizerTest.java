package org.seacorpus.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.my.MyanmarModule;
import org.seacorpus.lang.vi.VietnameseToneStyle;
import org.seacorpus.normalize.Normalizer;
import org.seacorpus.normalize.NormalizerOptions;
import org.seacorpus.normalize.RuleCatalog;
import org.seacorpus.normalize.RuleFiring;

class ScriptAwareNormalizerTest {
    private final ScriptAwareNormalizer byScript = ScriptAwareNormalizer.forLanguage(null);

    @Test
    void emptyTextGivesEmptyTextAndNoAudit() {
        Normalizer.Result result = byScript.normalize("");
        assertThat(result.text()).isEmpty();
        assertThat(result.rules()).isEmpty();
        assertThat(byScript.explain("").firings()).isEmpty();
    }

    @Test
    void eachLineGetsTheRulesOfItsScript() {
        String text = "\u0E40\u0E40ม่\nខ\u17C2\u17D2\u1798រ\nေမာင္ေမာင္\nHoà bình\nນ\u0ECD\u0EC9\u0EB2";
        Normalizer.Result result = byScript.normalize(text);
        assertThat(result.text()).isEqualTo("แม่\nខ្មែរ\nမောင်မောင်\nHòa bình\nນ້ຳ");
        assertThat(result.rules()).containsKeys("thai-sara-ae", "khmer-reorder", "zawgyi", "vietnamese-tone",
                "lao-sara-am");
    }

    @Test
    void aLineMixingScriptsGetsTheRulesOfEach() {
        Normalizer.Result result = byScript.normalize("ราคา \u0E40\u0E40ม่ = ស\u17BC\u17D2\u179Aវ");
        assertThat(result.text()).isEqualTo("ราคา แม่ = ស្រូវ");
    }

    @Test
    void latinLinesThatAreNotVietnameseKeepTheirAccents() {
        String text = "Noé et Zoé à la plage. Joan Miró. São João não é.";
        assertThat(byScript.normalize(text).text()).isSameAs(text);
    }

    @Test
    void aForcedLanguageAppliesItsRulesToTheWholeText() {
        ScriptAwareNormalizer vietnamese = ScriptAwareNormalizer.forLanguage("vi");
        // one word with no other Vietnamese around it: not recognised by script, but forced
        assertThat(byScript.normalize("Thuỷ").text()).isEqualTo("Thủy");
        assertThat(vietnamese.normalize("Noé").text()).isEqualTo("Nóe");
        assertThat(byScript.normalize("Noé").text()).isEqualTo("Noé");
    }

    @Test
    void forcingShanKeepsTheBurmeseRulesAway() {
        ScriptAwareNormalizer shan = ScriptAwareNormalizer.forLanguage("shn");
        String visualOrder = "\u1031မာင်";
        assertThat(shan.normalize(visualOrder).text()).isSameAs(visualOrder);
        assertThat(byScript.normalize(visualOrder).text()).isEqualTo("မောင်");
    }

    @Test
    void theModernToneStyleCanBeChosen() {
        ScriptAwareNormalizer modern = ScriptAwareNormalizer.create(LanguageProfiles.builtIn(),
                VietnameseToneStyle.MODERN.applyTo(NormalizerOptions.defaults()));
        assertThat(modern.normalize("Hòa bình, sức khỏe").text()).isEqualTo("Hoà bình, sức khoẻ");
    }

    @Test
    void genericRulesRunOnEveryScriptAndTheOrderIsRepairsThenCleanupThenScriptsThenWhitespace() {
        // mojibake of "Việt Nam" + NBSP + soft hyphen; the repaired text then gets the Vietnamese rules
        String text = "Viá»‡t\u00A0Nam   hoÃ\u00A0 bÃ¬nh\u00AD";
        ScriptAwareNormalizer.Explained explained = byScript.explain(text);
        assertThat(explained.text()).isEqualTo("Việt Nam hòa bình");
        assertThat(explained.firings()).extracting(RuleFiring::rule)
                .containsExactly("mojibake", "soft-hyphen", "odd-spaces", "vietnamese-tone", "whitespace");
    }

    @Test
    void explainShowsTheChangedStretchBeforeAndAfter() {
        ScriptAwareNormalizer.Explained explained = byScript.explain("ข้าวหอมมะลิ น\u0E49\u0E4D\u0E32ปลา");
        // twelve characters of context on each side of the change (here: all that follows it)
        assertThat(explained.firings()).containsExactly(
                new RuleFiring("thai-sara-am", "าวหอมมะลิ น\u0E49\u0E4D\u0E32ปลา", "าวหอมมะลิ น้ำปลา"));
        assertThat(explained.rules()).containsEntry("thai-sara-am", 1);
    }

    @Test
    void anUnknownRuleInAProfileIsReportedWithTheRulesThatExist() {
        LanguageProfile broken = new LanguageProfile("xx", "Test", "Test", "xxx", List.of("Latn"), false, "icu", null,
                null, List.of("thai-sara-am", "no-such-rule"), null, null);
        RuleCatalog catalog = LanguageModules.builtIn().ruleCatalog(NormalizerOptions.defaults(),
                LanguageProfiles.builtIn().scriptLetters());
        assertThatThrownBy(() -> catalog.rules(broken.normalizers(), "language profile xx.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language profile xx.yaml names the normaliser 'no-such-rule'")
                .hasMessageContaining("thai-sara-am");
    }

    @Test
    void everyBuiltInProfileNamesOnlyRulesThatExist() {
        RuleCatalog catalog = LanguageModules.builtIn().ruleCatalog(NormalizerOptions.defaults(),
                LanguageProfiles.builtIn().scriptLetters());
        for (LanguageProfile profile : LanguageProfiles.builtIn().all()) {
            assertThat(catalog.rules(profile.normalizers(), profile.code())).hasSize(profile.normalizers().size());
        }
        assertThat(LanguageProfiles.builtIn().get("th").normalizers()).contains("thai-sara-am");
        assertThat(LanguageProfiles.builtIn().get("my").normalizers()).startsWith("zawgyi");
        assertThat(LanguageProfiles.builtIn().get("shn").normalizers()).isEmpty();
        assertThat(catalog.names()).contains("bom", "mojibake", "zero-width", "khmer-reorder", "vietnamese-tone",
                "lao-sara-am", "myanmar-lookalikes");
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> MyanmarModule.zawgyiThreshold(
                NormalizerOptions.defaults().with(MyanmarModule.ZAWGYI_THRESHOLD, "0.2")))
                .hasMessageContaining("Zawgyi threshold must lie between 0.5 and 1");
        assertThatThrownBy(() -> VietnameseToneStyle.parse("new"))
                .hasMessageContaining("use traditional (hòa, thủy) or modern (hoà, thuỷ)");
    }
}
