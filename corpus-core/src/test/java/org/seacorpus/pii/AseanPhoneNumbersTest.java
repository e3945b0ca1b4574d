package org.seacorpus.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phone numbers of every ASEAN member and Timor-Leste as people write them, in running text in the country's
 * language (national and international forms, mobile and fixed lines), and numbers of other kinds in the same
 * kind of text that must be left alone. The numbers are in ranges libphonenumber's metadata allocates.
 */
class AseanPhoneNumbersTest {
    private final PiiRedactor redactor = new PiiRedactor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        BN mobile and fixed, Malay        | Sila hubungi pejabat kami di talian 223 4567 atau +673 712 3456 pada waktu pejabat. | Sila hubungi pejabat kami di talian <PHONE> atau <PHONE> pada waktu pejabat.
        BN mobile, national               | Untuk tempahan, WhatsApp 871 2345 sebelum jam lima petang.                          | Untuk tempahan, WhatsApp <PHONE> sebelum jam lima petang.
        KH mobile and Phnom Penh line     | សូមទាក់ទងមកលេខ 012 345 678 ឬ 023 756 789 នៅម៉ោងធ្វើការ។                               | សូមទាក់ទងមកលេខ <PHONE> ឬ <PHONE> នៅម៉ោងធ្វើការ។
        KH international                  | លេខទូរស័ព្ទរបស់សាលា +855 23 756 789 ។                                                | លេខទូរស័ព្ទរបស់សាលា <PHONE> ។
        ID mobile and Jakarta line        | Hubungi kami di 0812-3456-7890 atau (021) 5555-1234 setiap hari kerja.                | Hubungi kami di <PHONE> atau <PHONE> setiap hari kerja.
        ID international                  | Nomor WhatsApp panitia: +62 812 3456 7890, balasan dalam satu jam.                   | Nomor WhatsApp panitia: <PHONE>, balasan dalam satu jam.
        LA mobile and Vientiane line      | ຕິດຕໍ່ໄດ້ທີ່ເບີ 020 5555 1234 ຫຼື 021 212 862 ໃນເວລາລາຊະການ.                              | ຕິດຕໍ່ໄດ້ທີ່ເບີ <PHONE> ຫຼື <PHONE> ໃນເວລາລາຊະການ.
        LA international                  | ໂທຫາຫ້ອງການ +856 21 212 862 ໄດ້ທຸກວັນ.                                                 | ໂທຫາຫ້ອງການ <PHONE> ໄດ້ທຸກວັນ.
        MY mobile and Kuala Lumpur line   | Untuk maklumat lanjut, hubungi 012-345 6789 atau 03-2385 6789.                        | Untuk maklumat lanjut, hubungi <PHONE> atau <PHONE>.
        MY international                  | Talian pejabat di Johor Bahru ialah +60 7-223 4567.                                   | Talian pejabat di Johor Bahru ialah <PHONE>.
        MM mobile and Yangon line         | အသေးစိတ်ကို 09 420 123 456 သို့မဟုတ် 01 234 567 သို့ ဖုန်းဆက်ပါ။                              | အသေးစိတ်ကို <PHONE> သို့မဟုတ် <PHONE> သို့ ဖုန်းဆက်ပါ။
        MM Burmese digits                 | ဖုန်းနံပါတ် ၀၉ ၂၁၂ ၃၄၅၆ ကို ဆက်သွယ်ပါ။                                                    | ဖုန်းနံပါတ် <PHONE> ကို ဆက်သွယ်ပါ။
        MM international                  | ရုံးဖုန်း +95 1 234 567 ဖြစ်ပါသည်။                                                     | ရုံးဖုန်း <PHONE> ဖြစ်ပါသည်။
        MM after an app name and a slash  | ဆက်သွယ်ရန် Viber/+95 9 420 123 456 သို့ စာပို့ပါ။                                         | ဆက်သွယ်ရန် Viber/<PHONE> သို့ စာပို့ပါ။
        PH mobile and Manila line         | Tumawag po kayo sa 0917 123 4567 o sa (02) 8123 4567 para sa detalye.                 | Tumawag po kayo sa <PHONE> o sa <PHONE> para sa detalye.
        PH Cebu line and international    | Ang numero sa opisina sa Sugbo kay (032) 234 5678 o +63 905 123 4567.                 | Ang numero sa opisina sa Sugbo kay <PHONE> o <PHONE>.
        SG fixed and mobile               | Call the clinic at 6123 4567 or text 8123 4567 after office hours.                    | Call the clinic at <PHONE> or text <PHONE> after office hours.
        SG international                  | Overseas callers may use +65 6123 4567 instead.                                       | Overseas callers may use <PHONE> instead.
        TH mobile and Bangkok line        | ติดต่อสอบถามได้ที่ 081-234-5678 หรือ 02-123-4567 ในเวลาราชการ                            | ติดต่อสอบถามได้ที่ <PHONE> หรือ <PHONE> ในเวลาราชการ
        TH Chiang Mai line, Thai digits   | สำนักงานเชียงใหม่ โทร ๐๕๓-๑๒๓-๔๕๖ หรือ 053 123 456                                    | สำนักงานเชียงใหม่ โทร <PHONE> หรือ <PHONE>
        TH international, no spaces       | โทรจากต่างประเทศ +66812345678 หรือในประเทศ 0812345678                                | โทรจากต่างประเทศ <PHONE> หรือในประเทศ <PHONE>
        VN mobile with dots and Hanoi     | Mọi thắc mắc xin gọi 0912.345.678 hoặc 024 3823 4567 trong giờ hành chính.            | Mọi thắc mắc xin gọi <PHONE> hoặc <PHONE> trong giờ hành chính.
        VN Ho Chi Minh City international | Văn phòng tại TP.HCM: +84 28 3829 1234.                                               | Văn phòng tại TP.HCM: <PHONE>.
        TL mobile and Dili line           | Favor kontaktu ami iha númeru 7723 4567 ka 331 1234 durante oras serbisu.              | Favor kontaktu ami iha númeru <PHONE> ka <PHONE> durante oras serbisu.
        TL international                  | Ba informasaun liu tan, bele telefone ba +670 7721 2345.                              | Ba informasaun liu tan, bele telefone ba <PHONE>.
        """)
    void phoneNumbersInEachCountrysLanguage(String country, String text, String redacted) {
        PiiRedactor.Result r = redactor.redact(text);
        assertThat(r.text()).isEqualTo(redacted);
        assertThat(r.counts()).containsOnlyKeys(PiiKind.PHONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // dates and times
        "Hạn chót nộp hồ sơ là 15/08/2024 lúc 17:30.",
        "กำหนดส่งงานวันที่ 2024-08-15 เวลา 08.30-09.00 น.",
        "Tarikh tutup permohonan: 01-05-2024.",
        "Pameran dibuka 15.08.2024 sampai 20.08.2024.",
        "Kareta angkat jam 06.10 - 08.50 WIB ti stasiun.",
        // prices and quantities
        "Harga tiket Rp 1.250.000 per orang.",
        "Giá căn hộ là 2 345 678 đồng mỗi mét vuông.",
        "ราคารวม 12,500,000 บาท ไม่รวมภาษี",
        "Jumlah peruntukan RM 1,234,567.50 untuk tahun ini.",
        "តម្លៃ 4 500 000 រៀល ក្នុងមួយខែ។",
        "ມູນຄ່າ 180.000 ກີບ ຕໍ່ຄົນ.",
        // identity and reference numbers that are not phones
        "เลขบัตรประชาชน 1-1037-02345-67-8 ไม่ถูกต้อง",
        "Nombor KP 900215-19-5678 tidak sah.",
        "Nomor induk 2073015708900001 tidak terdaftar.",
        "Passport AB1234567 expires next year.",
        // book numbers and versions
        "ISBN 978-616-123-456-7 จัดพิมพ์โดยสำนักพิมพ์",
        "Buku ini ber-ISBN 978 979 1234 56 7.",
        "Phiên bản 10.2.3.4 đã được phát hành.",
        // bare numbers, and numbers inside longer tokens
        "Berkas rekaman jvf_00264_00313104227 sudah diperiksa.",
        "Baca di https://berita.example.id/read/968761/12/judul-berita hari ini.",
        "Mã đơn hàng 91234567 đã được giao.",
        "Order 1234 5678 was shipped."})
    void numbersThatAreNotPhones(String text) {
        assertThat(redactor.redact(text).counts()).doesNotContainKey(PiiKind.PHONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        0.123456789     | false
        1.250.000       | false
        0912.345.678    | true
        2 345 678       | false
        (02) 8123 4567  | true
        (02 8123 4567   | false
        91234567        | false
        0812345678      | true
        9123 4567       | true
        """)
    void theGuardsOnWhatTheLibraryAccepts(String raw, boolean plausible) {
        assertThat(PhoneNumberDetector.plausible(raw)).isEqualTo(plausible);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"})
    void everyRegionsOwnExampleNumbersAreFound(String region) {
        var util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
        for (var type : new com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType[] {
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.MOBILE,
                com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.FIXED_LINE}) {
            var number = util.getExampleNumberForType(region, type);
            for (var format : com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.values()) {
                if (format == com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat.RFC3966) {
                    continue;
                }
                String written = util.format(number, format);
                assertThat(redactor.redact("Tel: " + written + " .").text())
                        .as("%s %s %s", region, type, written).isEqualTo("Tel: <PHONE> .");
            }
        }
        assertThat(PhoneNumberDetector.REGIONS).contains(region);
    }
}
