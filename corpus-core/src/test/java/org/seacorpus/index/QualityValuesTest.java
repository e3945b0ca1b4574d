package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The compact doc value of the quality signals reads back every value bit for bit, and is small for real text. */
class QualityValuesTest {
    private static final int N = Signal.values().length;
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();

    @Property
    void everySetOfValuesReadsBackBitForBit(@ForAll("signals") double[] values, @ForAll int version) {
        QualitySignals signals = new QualitySignals(version, values);
        QualitySignals back = QualityValues.decode(QualityValues.encode(signals), N).orElseThrow();
        assertThat(back.version()).isEqualTo(version);
        for (int i = 0; i < N; i++) {
            assertThat(Double.doubleToRawLongBits(back.values()[i])).as("signal %d: %s", i, values[i])
                    .isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
    }

    @Provide
    Arbitrary<double[]> signals() {
        Arbitrary<Double> value = Arbitraries.oneOf(
                Arbitraries.of(0.0, -0.0, 1.0, 0x1p52, 0x1p52 + 2, 0x1p53, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, -1.0, 0.5),
                Arbitraries.longs().between(0, 1L << 53).map(l -> (double) l),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.longs().map(Double::longBitsToDouble));
        return value.array(double[].class).ofSize(N);
    }

    @Test
    void theSignalsOfRealTextTakeLessThanHalfTheirDoubles() {
        QualityAnalyzer analyzer = new QualityAnalyzer(PROFILES);
        List<String[]> texts = List.of(
                new String[] {"th", "เกษตรกรในจังหวัดสุพรรณบุรีใช้แอปพลิเคชันที่ช่วยวางแผนการเก็บเกี่ยวข้าว ราคาข้าวหอมมะลิปีนี้สูงขึ้น"
                        + "\nชาวนาหลายคนจึงเริ่มปลูกข้าวอินทรีย์มากขึ้น"},
                new String[] {"km", "កសិករនៅខេត្តបាត់ដំបងកំពុងប្រមូលផលស្រូវ។ តម្លៃស្រូវឆ្នាំនេះខ្ពស់ជាងឆ្នាំមុន។"},
                new String[] {"id", "Petani di Jawa Tengah mulai menanam padi organik karena harga beras naik.\n"
                        + "Pemerintah daerah memberikan pelatihan kepada kelompok tani setiap bulan."});
        for (String[] t : texts) {
            LanguageInfo lang = new LanguageInfo(t[0], PROFILES.get(t[0]).usualScript(), 0.97, List.of(), false);
            QualitySignals signals = analyzer.measure(t[1], lang);
            BytesRef value = QualityValues.encode(signals);
            assertThat(value.length).as(t[0]).isLessThan((4 + 8 * N) / 2);
            assertThat(QualityValues.decode(value, N)).contains(signals);
        }
    }

    @Test
    void aValueOfAnotherSetOfSignalsIsNotRead() {
        QualitySignals signals = new QualitySignals(QualityAnalyzer.VERSION, new double[N]);
        assertThat(QualityValues.decode(QualityValues.encode(signals), N + 1)).isEmpty();
    }
}
