package org.seacorpus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetGuesserTest {
    private final CharsetGuesser guesser = new CharsetGuesser();

    @Test
    void validUtf8IsUtf8() {
        byte[] bytes = "ភាសាខ្មែរ and English".getBytes(StandardCharsets.UTF_8);
        assertThat(guesser.guess(bytes).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(guesser.guess(new byte[0]).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void byteOrderMarksDecide() {
        byte[] utf16 = "\uFEFFສະບາຍດີ".getBytes(StandardCharsets.UTF_16BE);
        CharsetGuesser.Guess guess = guesser.guess(utf16);
        assertThat(guess.charset()).isEqualTo(StandardCharsets.UTF_16BE);
        assertThat(guess.bomLength()).isEqualTo(2);
    }

    @Test
    void thaiLegacyTextIsWindows874IncludingItsExtraPunctuation() {
        // “…” live at 0x93, 0x94 and 0x85 in windows-874 and are missing from TIS-620
        String thai = "“ชาวนาในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวนาปรังแล้ว…” ผู้ใหญ่บ้านกล่าว";
        byte[] bytes = thai.getBytes(Charset.forName("windows-874"));
        CharsetGuesser.Guess guess = guesser.guess(bytes);
        assertThat(guess.charset().name()).isEqualTo("x-windows-874");
        assertThat(new String(bytes, guess.charset())).isEqualTo(thai);
    }

    @Test
    void latin1TextIsNotMistakenForThai() {
        String french = "Le café de la coopérative agricole à Dalat est très réputé, même à l'étranger.";
        byte[] bytes = french.getBytes(StandardCharsets.ISO_8859_1);
        CharsetGuesser.Guess guess = guesser.guess(bytes);
        assertThat(new String(bytes, guess.charset())).isEqualTo(french);
    }
}
