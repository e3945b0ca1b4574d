package org.seacorpus.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Planted personal data in the languages of the region, and numbers that must be left alone. */
class PiiRedactorTest {
    private final PiiRedactor redactor = new PiiRedactor();

    @Test
    void emptyTextHasNothingToRedact() {
        PiiRedactor.Result r = redactor.redact("");
        assertThat(r.text()).isEmpty();
        assertThat(r.counts()).isEmpty();
        assertThat(r.changed()).isFalse();
    }

    @Test
    void thaiSentenceWithPhoneEmailAndIdCard() {
        PiiRedactor.Result r = redactor.redact(
                "ติดต่อคุณสมชายได้ที่โทร 081-234-5678 หรืออีเมล somchai.j@example.co.th "
                        + "เลขประจำตัวประชาชน 1-1037-02345-67-9 ครับ");
        assertThat(r.text()).isEqualTo("ติดต่อคุณสมชายได้ที่โทร <PHONE> หรืออีเมล <EMAIL> "
                + "เลขประจำตัวประชาชน <TH_NATIONAL_ID> ครับ");
        assertThat(r.counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of(PiiKind.PHONE, 1, PiiKind.EMAIL, 1, PiiKind.TH_NATIONAL_ID, 1));
    }

    @Test
    void thaiIdNeedsItsCheckDigitAndMayBeWrittenInThaiDigits() {
        assertThat(redactor.redact("บัตร 3100900123455").text()).isEqualTo("บัตร <TH_NATIONAL_ID>");
        assertThat(redactor.redact("บัตร ๓๑๐๐๙๐๐๑๒๓๔๕๕").text()).isEqualTo("บัตร <TH_NATIONAL_ID>");
        // one digit changed: the check digit no longer matches, so it is just a number
        assertThat(redactor.redact("บัตร 3100900123456").counts()).doesNotContainKey(PiiKind.TH_NATIONAL_ID);
        assertThat(redactor.redact("รหัส 1-1037-02345-67-8").counts()).doesNotContainKey(PiiKind.TH_NATIONAL_ID);
    }

    @Test
    void malaysianMyKadNeedsADateAndAPlaceOfBirthCode() {
        assertThat(redactor.redact("No. KP saya 900215-14-5678, sila semak.").text())
                .isEqualTo("No. KP saya <MY_NRIC>, sila semak.");
        assertThat(redactor.redact("Nombor 901315-14-5678").counts()).isEmpty(); // month 13
        assertThat(redactor.redact("Nombor 900215-19-5678").counts()).isEmpty(); // place code 19 is not used
    }

    @Test
    void indonesianNikNeedsAProvinceAndABirthDate() {
        // 32 West Java, 73 Bandung, 01, born 17-08-90 (a woman: day + 40), serial 0001
        assertThat(redactor.redact("NIK: 3273015708900001 (KTP)").text()).isEqualTo("NIK: <ID_NIK> (KTP)");
        assertThat(redactor.redact("Kode 2073015708900001").counts()).doesNotContainKey(PiiKind.ID_NIK);
        assertThat(redactor.redact("Kode 3273017308900001").counts()).doesNotContainKey(PiiKind.ID_NIK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "+66 81 234 5678", "081-234-5678", "02-123-4567",             // Thailand
        "+60 12-345 6789", "012-345 6789", "+603-2123 4567",          // Malaysia
        "+62 812-3456-7890", "0812-3456-7890", "(021) 5555-1234",     // Indonesia
        "+63 917 123 4567", "0917 123 4567", "(02) 8123 4567",        // Philippines
        "+84 912 345 678", "0912 345 678", "0912.345.678",            // Vietnam
        "+855 12 345 678", "012 345 678",                             // Cambodia
        "+856 20 5555 1234", "020 5555 1234",                         // Laos
        "+95 9 123 456 789", "09 123 456 789",                        // Myanmar
        "+65 6123 4567", "6123 4567", "9123-4567",                    // Singapore
        "+670 7723 4567", "7723 4567",                                // Timor-Leste
        "0066 81 234 5678", "+44 20 7946 0958"})
    void phoneNumbersOfTheRegion(String phone) {
        PiiRedactor.Result r = redactor.redact("Tel. " + phone + " sahaja");
        assertThat(r.text()).isEqualTo("Tel. <PHONE> sahaja");
        assertThat(r.counts()).containsExactlyEntriesOf(Map.of(PiiKind.PHONE, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023-2024", "1.250.000 đồng", "180.000 ກີບ", "08.30-09.00", "15/08/2024",
        "12:30:45", "v1.2.3.4", "0.123456789", "1234 5678", "ISBN 978-616-123-456-7", "01-05-2024"})
    void numbersThatAreNotPersonalData(String text) {
        assertThat(redactor.redact("ວັນທີ " + text + " ແລ້ວ").counts()).isEmpty();
    }

    @Test
    void twoPhonesWrittenOneAfterTheOther() {
        assertThat(redactor.redact("โทร 081 234 5678 02 123 4567").text()).isEqualTo("โทร <PHONE> <PHONE>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005", "4111111111111111"})
    void paymentCardsPassingLuhn(String card) {
        assertThat(redactor.redact("Thẻ " + card + " hết hạn").text()).isEqualTo("Thẻ <PAYMENT_CARD> hết hạn");
    }

    @Test
    void aCardNumberFailingLuhnIsLeftAlone() {
        assertThat(redactor.redact("Thẻ 4111 1111 1111 1112 hết hạn").counts()).isEmpty();
    }

    @Test
    void emailAddressesIncludingInternationalisedOnes() {
        PiiRedactor.Result r = redactor.redact("Gửi về nguyen.van.a@mail.vn hoặc สมชาย@ตัวอย่าง.ไทย, không phải @handle.");
        assertThat(r.text()).isEqualTo("Gửi về <EMAIL> hoặc <EMAIL>, không phải @handle.");
    }

    @Test
    void ipAddressesVersionFourAndSix() {
        PiiRedactor.Result r = redactor.redact(
                "Máy chủ 192.168.1.20 và 2001:db8::8a2e:370:7334, không phải 999.1.1.1 hay 10:30:00.");
        assertThat(r.text()).isEqualTo("Máy chủ <IP_ADDRESS> và <IP_ADDRESS>, không phải 999.1.1.1 hay 10:30:00.");
        assertThat(r.counts()).containsExactlyEntriesOf(Map.of(PiiKind.IP_ADDRESS, 2));
    }

    @Test
    void khmerAndBurmeseSentencesWithPhones() {
        assertThat(redactor.redact("សូមទូរស័ព្ទមកលេខ 012 345 678 ។").text()).isEqualTo("សូមទូរស័ព្ទមកលេខ <PHONE> ។");
        assertThat(redactor.redact("ဖုန်း ၀၉ ၁၂၃ ၄၅၆ ၇၈၉ ကို ဆက်ပါ။").text()).isEqualTo("ဖုန်း <PHONE> ကို ဆက်ပါ။");
    }

    @Property(tries = 300)
    void textWithoutDigitsOrAtSignsIsNeverChanged(@ForAll String text) {
        String clean = text.replaceAll("[\\p{Nd}@:]", "");
        assertThat(redactor.redact(clean).text()).isEqualTo(clean);
    }
}
