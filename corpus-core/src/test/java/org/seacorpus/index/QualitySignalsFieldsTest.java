package org.seacorpus.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seacorpus.document.LanguageInfo;
import org.seacorpus.lang.LanguageProfiles;
import org.seacorpus.quality.QualityAnalyzer;
import org.seacorpus.quality.QualitySignals;
import org.seacorpus.quality.Signal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The stored quality signals: written in the compact form (the doc value's bytes behind a format byte), read back
 * bit for bit from a real index, and the older fixed form (a 4-byte version, then 24 doubles) still read.
 */
class QualitySignalsFieldsTest {
    private static final int N = Signal.values().length;
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();

    @TempDir
    Path dir;

    @Test
    void signalsOfRealTextGoThroughAnIndexOnDiskAndBack() throws Exception {
        QualityAnalyzer analyzer = new QualityAnalyzer(PROFILES);
        List<String[]> texts = List.of(
                new String[] {"lo", "ຊາວນາໃນແຂວງສະຫວັນນະເຂດເລີ່ມປູກເຂົ້າອິນຊີ ເພາະລາຄາເຂົ້າສູງຂຶ້ນ.\nລັດຖະບານຊ່ວຍຝຶກອົບຮົມທຸກເດືອນ."},
                new String[] {"vi", "Nông dân ở Cần Thơ bắt đầu trồng lúa hữu cơ vì giá gạo tăng.\n"
                        + "Chính quyền địa phương mở lớp tập huấn mỗi tháng."},
                new String[] {"my", "လယ်သမားများသည် ဆန်စပါးဈေးနှုန်းမြင့်တက်လာသဖြင့် သဘာဝမြေဩဇာသုံး စပါးစိုက်ပျိုးကြသည်။"});
        QualitySignalsFields fields = new QualitySignalsFields(NumericLayout.DOC_VALUES);
        List<QualitySignals> written = new java.util.ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (String[] t : texts) {
                LanguageInfo lang = new LanguageInfo(t[0], PROFILES.get(t[0]).usualScript(), 0.95, List.of(), false);
                QualitySignals signals = analyzer.measure(t[1], lang);
                written.add(signals);
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                fields.write(signals, doc);
                writer.addDocument(doc);
            }
        }
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            BinaryDocValues values = reader.leaves().get(0).reader().getBinaryDocValues(Fields.QUALITY_VALUES);
            for (int d = 0; d < written.size(); d++) {
                org.apache.lucene.document.Document stored = reader.storedFields().document(d);
                BytesRef bytes = stored.getField(Fields.QUALITY_SIGNALS).binaryValue();
                assertThat(bytes.bytes[bytes.offset]).isEqualTo(QualitySignalsFields.COMPACT);
                assertThat(bytes.length).as("compact: under half the fixed form").isLessThan((4 + 8 * N) / 2);
                assertThat(fields.read(stored)).contains(written.get(d));
                assertThat(values.advanceExact(d)).isTrue();
                assertThat(QualityValues.decode(values.binaryValue(), N)).contains(written.get(d));
            }
        }
    }

    @Property
    void theOlderFixedFormStillReads(@ForAll("signals") double[] values, @ForAll("versions") int version) {
        ByteBuffer old = ByteBuffer.allocate(Integer.BYTES + N * Double.BYTES);
        old.putInt(version);
        for (double v : values) {
            old.putDouble(v);
        }
        QualitySignals back = QualitySignalsFields.decode(new BytesRef(old.array())).orElseThrow();
        assertThat(back.version()).isEqualTo(version);
        for (int i = 0; i < N; i++) {
            assertThat(Double.doubleToRawLongBits(back.values()[i]))
                    .isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
    }

    @Property
    void theCompactFormReadsBackBitForBit(@ForAll("signals") double[] values, @ForAll int version) {
        QualitySignals signals = new QualitySignals(version, values);
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        new QualitySignalsFields(NumericLayout.DOC_VALUES).write(signals, doc);
        IndexableField stored = doc.getField(Fields.QUALITY_SIGNALS);
        QualitySignals back = QualitySignalsFields.decode(stored.binaryValue()).orElseThrow();
        assertThat(back.version()).isEqualTo(version);
        for (int i = 0; i < N; i++) {
            assertThat(Double.doubleToRawLongBits(back.values()[i]))
                    .isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<double[]> signals() {
        return new QualityValuesTest().signals();
    }

    /** Versions the older form was written with: small (their first byte, the int's highest, is 0). */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> versions() {
        return net.jqwik.api.Arbitraries.integers().between(0, (1 << 24) - 1);
    }

    @Test
    void aStoredValueOfAnotherSetOfSignalsIsNotRead() {
        ByteBuffer old = ByteBuffer.allocate(Integer.BYTES + (N - 1) * Double.BYTES);
        old.putInt(QualityAnalyzer.VERSION);
        assertThat(QualitySignalsFields.decode(new BytesRef(old.array()))).isEmpty();
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StoredField(Fields.QUALITY_SIGNALS, new BytesRef(new byte[] {QualitySignalsFields.COMPACT, 3, 2, 0})));
        assertThat(new QualitySignalsFields(NumericLayout.DOC_VALUES).read(doc)).isEmpty();
    }
}
