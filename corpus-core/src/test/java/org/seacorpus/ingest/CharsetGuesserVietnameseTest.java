package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.seacorpus.lang.vi.VietnameseFontEncoding;

/** Vietnamese legacy encodings, which ICU's detector does not know: windows-1258, TCVN3 and VNI. */
class CharsetGuesserVietnameseTest {
    private static final Path SAMPLES = Path.of("..", "sample-data");
    private final CharsetGuesser guesser = new CharsetGuesser();

    @Test
    void windows1258IsRecognisedAndDecodedToNfc() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("vi/tin-nong-nghiep-cp1258.txt"));
        CharsetGuesser.Guess guess = guesser.guess(bytes);
        assertThat(guess.legacy()).isEqualTo(VietnameseFontEncoding.WINDOWS_1258);
        assertThat(guess.encodingName()).isEqualTo("windows-1258");
        assertThat(guess.method()).isEqualTo("vietnamese-syllables");
        String text = guess.decode(bytes);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).startsWith("Nông dân đồng bằng sông Cửu Long").contains("Cần Thơ");
    }

    @Test
    void tcvn3IsRecognisedAndDecoded() {
        // "Hà Nội là thủ đô" in TCVN3: à = 0xB5, ộ = 0xE9, ủ = 0xF1, đ = 0xAE, ô = 0xAB
        byte[] bytes = {'H', (byte) 0xB5, ' ', 'N', (byte) 0xE9, 'i', ' ', 'l', (byte) 0xB5, ' ', 't', 'h',
            (byte) 0xF1, ' ', (byte) 0xAE, (byte) 0xAB};
        CharsetGuesser.Guess guess = guesser.guess(bytes);
        assertThat(guess.encodingName()).isEqualTo("x-viet-tcvn3");
        assertThat(guess.decode(bytes)).isEqualTo("Hà Nội là thủ đô");
    }

    @Test
    void vniIsRecognisedAndDecoded() {
        byte[] bytes = "Thaønh phoá Hoà Chí Minh laø thaønh phoá lôùn nhaát".getBytes(Charset.forName("windows-1252"));
        CharsetGuesser.Guess guess = guesser.guess(bytes);
        assertThat(guess.encodingName()).isEqualTo("x-viet-vni");
        assertThat(guess.decode(bytes)).isEqualTo("Thành phố Hồ Chí Minh là thành phố lớn nhất");
    }

    @Test
    void westernEuropeanLegacyTextIsNotTakenForVietnamese() {
        for (String text : new String[] {
            "Le café de la coopérative agricole à Dalat est très réputé, même à l'étranger.",
            "Die Größe der Mädchen über alles, schöne Grüße aus Köln.",
            "El niño y la señora comen piña en España; él está aquí."}) {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            CharsetGuesser.Guess guess = guesser.guess(bytes);
            assertThat(guess.legacy()).as(text).isNull();
            assertThat(guess.decode(bytes)).isEqualTo(text);
        }
    }

    @Test
    void thaiLegacyTextStaysThai() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("hard-cases/thai-windows-874.txt"));
        CharsetGuesser.Guess guess = guesser.guess(bytes);
        assertThat(guess.legacy()).isNull();
        assertThat(guess.decode(bytes)).isEqualTo(Files.readString(SAMPLES.resolve(
                "hard-cases/thai-windows-874.expected.txt")));
    }

    @Test
    void randomBytesAreNotVietnamese() throws IOException {
        byte[] junk = Files.readAllBytes(SAMPLES.resolve("bad/junk.txt"));
        assertThat(guesser.guess(junk).legacy()).isNull();
    }

    @Test
    void emptyInputIsUtf8AndDecodesToNothing() {
        CharsetGuesser.Guess guess = guesser.guess(new byte[0]);
        assertThat(guess.legacy()).isNull();
        assertThat(guess.decode(new byte[0])).isEmpty();
    }
}
