package org.seacorpus.lang.identify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link PairTrainer}'s per-text weights: a text counts as much as its weight says, so a one-sided source of a
 * register the other language has little of can be turned down without dropping its words (docs/langid.md, "The
 * pair model with Tatoeba at half weight").
 */
class PairTrainerTest {
    /** Malaysian sentences, a few of them with the word both standards use, "beberapa". */
    private static final List<String> MALAY = List.of(
            "Kerajaan negeri akan membina beberapa buah sekolah baharu di kawasan luar bandar.",
            "Pihak polis sedang menyiasat kemalangan jalan raya yang berlaku pagi tadi.",
            "Beberapa orang pelajar universiti menyertai program sukarelawan di hospital kerajaan.",
            "Saya nak pergi ke kedai sekejap untuk beli ubat batuk.",
            "Harga minyak sawit mentah naik sedikit pada dagangan petang semalam.",
            "Mesyuarat agung tahunan persatuan itu akan diadakan pada bulan Ogos.",
            "Dia sudah bekerja di syarikat itu selama beberapa tahun.",
            "Kereta api laju itu dijangka siap sepenuhnya dalam tempoh lima tahun.");
    /** Indonesian sentences of everyday and formal registers, with "beberapa" as often as the Malay side. */
    private static final List<String> INDONESIAN = List.of(
            "Pemerintah provinsi akan membangun beberapa sekolah baru di daerah pedesaan.",
            "Pihak kepolisian sedang menyelidiki kecelakaan lalu lintas yang terjadi tadi pagi.",
            "Beberapa mahasiswa universitas ikut program relawan di rumah sakit pemerintah.",
            "Aku mau ke warung sebentar buat beli obat batuk.",
            "Harga minyak kelapa sawit mentah naik sedikit pada perdagangan kemarin sore.",
            "Rapat umum tahunan perkumpulan itu akan diadakan pada bulan Agustus.",
            "Dia sudah bekerja di perusahaan itu selama beberapa tahun.",
            "Kereta cepat itu diperkirakan rampung sepenuhnya dalam waktu lima tahun.");
    /** A one-sided Indonesian source of news lines that use "beberapa" in nearly every sentence. */
    private static final List<String> INDONESIAN_NEWS = List.of(
            "Beberapa warga melaporkan banjir setinggi lutut di kawasan Jakarta Timur.",
            "Polisi menahan beberapa tersangka kasus penipuan daring di Surabaya.",
            "Beberapa penerbangan dari Bandara Soekarno-Hatta ditunda karena cuaca buruk.",
            "Presiden meresmikan beberapa ruas jalan tol baru di Jawa Tengah.",
            "Harga beberapa bahan pokok naik menjelang hari raya.",
            "Beberapa sekolah di Bandung meliburkan siswanya karena hujan deras.",
            "DPR membahas beberapa pasal dalam rancangan undang-undang itu.",
            "Tim penyelamat mengevakuasi beberapa korban longsor di Bogor.");

    private static PairModel train(double newsWeight) {
        PairTrainer trainer = new PairTrainer("id", "ms", null).seeds(2).minCount(1);
        MALAY.forEach(t -> trainer.add("ms", t));
        INDONESIAN.forEach(t -> trainer.add("id", t));
        INDONESIAN_NEWS.forEach(t -> trainer.add("id", t, newsWeight));
        return trainer.train();
    }

    @Test
    void aOneSidedSourceTurnedDownTeachesLessThatItsWordsAreItsLanguage() {
        PairModel full = train(1.0);
        PairModel turnedDown = train(0.1);
        double empty = full.logOdds("");
        double emptyDown = turnedDown.logOdds("");
        // log-odds of Malay for the word alone, the bias taken off: Indonesian while the news lines count fully
        double fullWord = full.logOdds("beberapa") - empty;
        double downWord = turnedDown.logOdds("beberapa") - emptyDown;
        assertThat(fullWord).isLessThan(0);
        assertThat(downWord).isGreaterThan(fullWord);
        // what the two standards really differ in is still learnt
        assertThat(turnedDown.logOdds("Kerajaan akan membina hospital baharu.")).isGreaterThan(0);
        assertThat(turnedDown.logOdds("Pemerintah akan membangun rumah sakit baru.")).isLessThan(0);
    }

    @Test
    void weightOneIsThePlainTrainer() throws IOException {
        PairTrainer plain = new PairTrainer("id", "ms", null).minCount(1);
        PairTrainer weighted = new PairTrainer("id", "ms", null).minCount(1);
        MALAY.forEach(t -> {
            plain.add("ms", t);
            weighted.add("ms", t, 1.0);
        });
        INDONESIAN.forEach(t -> {
            plain.add("id", t);
            weighted.add("id", t, 1.0);
        });
        assertThat(write(weighted.train())).isEqualTo(write(plain.train()));
    }

    @Test
    void aWeightThatIsNotPositiveIsRefusedNamingTheText() {
        PairTrainer trainer = new PairTrainer("id", "ms", null);
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> trainer.add("ms", "Saya suka makan nasi lemak.", bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Saya suka makan nasi lemak.");
        }
        assertThat(trainer.size()).isZero();
    }

    private static String write(PairModel model) throws IOException {
        StringWriter out = new StringWriter();
        model.write(out, "test");
        return out.toString();
    }
}
