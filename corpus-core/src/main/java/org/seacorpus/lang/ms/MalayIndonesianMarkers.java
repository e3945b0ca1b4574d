package org.seacorpus.lang.ms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Evidence for Malaysian Malay against Indonesian from words that the two standards spell or choose differently:
 * months and days ({@code Ogos/Agustus}, {@code Khamis/Kamis}), Latinate endings ({@code universiti/universitas},
 * {@code kualiti/kualitas}), institutions ({@code kerajaan/pemerintah}, {@code syarikat/perusahaan},
 * {@code pejabat/kantor}), everyday words ({@code wang/uang}, {@code kereta/mobil}, {@code kasut/sepatu},
 * {@code faham/paham}), function words ({@code kerana/karena}, {@code iaitu/yaitu}, {@code sahaja/saja},
 * {@code selepas/setelah}) and the colloquial particles of each ({@code tak, nak, dah, kat} / {@code nggak, sih,
 * dong, banget}).
 *
 * <p>Each occurrence adds its weight to the log-odds of Malay (negative weights favour Indonesian): about 2.5 for
 * spellings one standard never uses, about 1 for words that are only much more frequent on one side. The lists
 * were written for the project from the published standards (Dewan Bahasa dan Pustaka's Kamus Dewan and
 * Indonesia's Kamus Besar Bahasa Indonesia spelling) and from common knowledge of the two varieties; they are
 * deliberately short and contain no word that both standards use in the same sense.
 */
public final class MalayIndonesianMarkers {
    static final double STRONG = 2.5;
    static final double WEAK = 1.0;
    private static final Map<String, Double> WEIGHTS = new HashMap<>();

    static {
        malay(STRONG, "ogos", "kedua-duanya", "julai", "disember", "mac", "isnin", "khamis", "jumaat", "ahad",
                "baharu", "kerana", "iaitu", "sahaja", "bahawa", "universiti", "televisyen", "stesen", "teksi",
                "basikal", "motosikal", "polis", "wang", "syarikat", "pejabat", "kakitangan", "cukai", "kasut",
                "seluar", "tuala", "peperiksaan", "pensyarah", "muzium", "filem", "muzik", "projek", "kempen",
                "akaun", "bajet", "elektrik", "petrol", "tayar", "kerusi", "katil", "tingkap", "bumbung", "jiran",
                "faham", "fikir", "khabar", "kahwin", "percuma", "berjaya", "mesyuarat", "bersetuju", "pesakit",
                "jururawat", "pembedahan", "kemalangan", "tandas", "almari", "ubat", "doktor", "lebuh", "lebuhraya",
                "menerusi", "manakala", "justeru", "berbanding", "selepas", "sebarang", "kenderaan", "perlembagaan",
                "persekutuan", "ringgit", "awak", "nak", "dah", "kat", "takkan", "tengok", "cakap", "beritahu",
                "mahu", "dijangka", "peratus", "pelancong", "kedai", "pasaraya", "cikgu", "abah", "bas", "lori",
                "bilik", "kilang", "amaran", "membaiki", "dibaiki", "talian", "seronok", "cuba", "jom", "sikit",
                "sila", "kesihatan", "bilion", "eksport", "telefon", "tentera", "lelaki", "biasiswa",
                "penyelidikan", "penyelidik", "perisian", "rangkaian", "pelaburan", "pelabur", "perniagaan",
                "peniaga", "sebahagian", "bahagian", "pelbagai", "setiausaha", "timbalan", "jurulatih", "pingat",
                "kejohanan", "sukan", "belia", "trafik", "tren", "komuter", "parlimen", "peguam", "pendakwa",
                "disabitkan", "sabitan", "tatatertib", "seksyen", "subseksyen", "perenggan", "pindaan", "dipinda",
                "tatacara", "piawaian", "pentadbiran", "mentadbir", "jawatankuasa", "penjawat", "majikan", "elaun",
                "pencen", "bersara", "pesara", "rawatan", "wad", "wabak", "kolej", "tadika", "yuran", "matematik",
                "fizik", "maklumat", "makmal", "akhbar", "sesawang", "emel", "bimbit", "fikiran", "berfikir",
                "mencuba", "berbual", "menghantar", "rosak", "kerosakan", "dimulakan", "lawa", "dahaga", "okey",
                "korang", "diorang", "kitorang", "je", "takde", "beg", "pinggan", "sudu", "cawan", "periuk", "cili",
                "kicap", "sos", "aiskrim", "ais", "kek", "kuih", "biskut", "pasport", "lesen", "insurans",
                "diskaun", "membeli-belah", "isteri", "pakcik", "makcik", "encik", "puan", "rakan", "pakej",
                "kaedah", "cabaran", "impak", "faedah", "matlamat", "siasatan", "menyiasat", "suspek", "kes",
                "bomba", "gabenor", "mukim", "termasuklah", "mana-mana", "sesiapa", "kesemua", "sentiasa",
                "berkuat", "bolehlah", "dikehendaki", "ditubuhkan", "penubuhan", "tempoh", "bertanggungjawab",
                "bandaraya", "perbandaran", "semakan", "menyemak", "pengangkutan", "kebajikan", "pertubuhan",
                "pengarah", "pengerusi", "naib", "bekalan");
        malay(WEAK, "ialah", "kawalan", "bercakap", "memberitahu", "pengurusan", "nahas", "kerjasama", "mengikut",
                "kenyataan", "boleh", "kereta", "kerajaan", "daripada", "amat", "sedap", "penat", "kawan", "budak",
                "kena", "hantar", "betul", "ramai", "berjumpa", "hadapan", "tak", "emak", "hospital", "kemas",
                "bertolak", "menaiki", "terkini", "hendaklah", "kanak-kanak", "sekiranya", "semasa", "esok",
                "import", "mangsa", "bapa", "abang", "semalam", "tiada", "mula", "sejuk", "semula", "kerap",
                "berkenaan", "berhubung", "arahan", "datuk", "bandar", "warta", "ni", "tu", "lembu");
        indonesian(STRONG, "agustus", "juli", "desember", "maret", "senin", "kamis", "jumat", "karena", "yaitu",
                "bahwa", "universitas", "televisi", "stasiun", "taksi", "sepeda", "uang", "pemerintah", "kantor",
                "karyawan", "pajak", "sepatu", "celana", "handuk", "dosen", "museum", "musik", "proyek", "kampanye",
                "akun", "listrik", "bensin", "kursi", "kasur", "tetangga", "paham", "pikir", "kabar", "kawin",
                "gratis", "rapat", "pasien", "perawat", "kecelakaan", "toilet", "lemari", "obat", "dokter",
                "justru", "provinsi", "kabupaten", "kecamatan", "kelurahan", "kendaraan", "rupiah", "nggak",
                "enggak", "gak", "sih", "dong", "kok", "deh", "banget", "gimana", "kayak", "bikin", "udah", "aja",
                "lho", "mau", "nonton", "coba", "libur", "bandara", "persen", "wisatawan", "toko", "supermarket",
                "mobil", "truk", "bus", "kebijakan", "pabrik", "daring", "ayo", "capek", "sembarang", "kesehatan",
                "miliar", "ekspor", "impor", "telepon", "tentara", "laki-laki", "beasiswa", "penelitian",
                "peneliti", "investasi", "bisnis", "sebagian", "bagian", "berbagai", "sekretaris", "olahraga",
                "pelatih", "medali", "kejuaraan", "parlemen", "pengacara", "advokat", "jaksa", "terdakwa",
                "tersangka", "penyidikan", "penyidik", "amandemen", "kasus", "standar", "fasilitas", "kualitas",
                "administrasi", "manajemen", "manajer", "komite", "panitia", "pensiun", "tunjangan", "wabah",
                "matematika", "fisika", "informasi", "laboratorium", "koran", "surel", "pikiran", "berpikir",
                "mencoba", "mengobrol", "ngobrol", "mengantar", "antar", "menyetir", "nyetir", "rusak", "kerusakan",
                "dimulai", "berisik", "oke", "yuk", "gue", "gua", "lu", "elo", "nih", "tuh", "kulkas", "kacamata",
                "piring", "sendok", "cangkir", "panci", "sapi", "cabai", "cabe", "kecap", "saus", "es", "kue",
                "biskuit", "cokelat", "paspor", "lisensi", "asuransi", "rekening", "utang", "diskon", "istri",
                "kakek", "bapak", "mbak", "rekan", "paket", "metode", "tantangan", "dampak", "lansia", "bupati",
                "camat", "lurah", "gubernur", "walikota", "ujarnya", "tuturnya", "ungkapnya", "imbuhnya", "tas",
                "pengusaha", "tim", "polri", "dpr", "dimaksud", "perizinan", "usulan", "pembahasan", "penegakan",
                "pengadilan", "pelayanan", "antre", "antrean", "macet", "kemacetan", "terkait");
        indonesian(WEAK, "adalah", "presiden", "senantiasa", "berbicara", "investor", "parkir", "mulai",
                "perusahaan", "diatur", "ketentuan", "sejumlah", "bisa", "saja", "sekali", "enak", "teman", "harus",
                "kirim", "setuju", "berhasil", "nikah", "atap", "jendela", "anggaran", "ujian", "polisi",
                "anak-anak", "setelah", "sesudah", "dibandingkan", "sedangkan", "berangkat", "terlambat",
                "memperbaiki", "diperbaiki", "kamar", "bilang", "silakan", "besok", "pak", "bu", "mas", "yakni",
                "seandainya", "meskipun", "sehubungan", "jelasnya", "pedoman", "korban");
    }

    private MalayIndonesianMarkers() {
    }

    private static void malay(double weight, String... words) {
        for (String w : words) {
            WEIGHTS.merge(w.toLowerCase(Locale.ROOT), weight, Double::sum);
        }
    }

    private static void indonesian(double weight, String... words) {
        for (String w : words) {
            WEIGHTS.merge(w.toLowerCase(Locale.ROOT), -weight, Double::sum);
        }
    }

    /** Log-odds of Malaysian Malay over Indonesian from the marker words of {@code text}; 0 when it has none. */
    public static double malayLogOdds(CharSequence text) {
        double sum = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || (c == '-' && !word.isEmpty())) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                sum += weight(word.toString());
                word.setLength(0);
            }
        }
        return sum;
    }

    /**
     * What one lower-cased word adds to {@link #malayLogOdds}: the log-odds of the whole text is the sum of this
     * over its words (a trailing hyphen is ignored).
     */
    public static double wordWeight(String word) {
        return weight(word);
    }

    static double weight(String word) {
        String w = word.endsWith("-") ? word.substring(0, word.length() - 1) : word;
        Double known = WEIGHTS.get(w);
        if (known != null) {
            return known;
        }
        // Latinate abstract nouns: Malay -iti (kualiti, aktiviti), Indonesian -itas (kualitas, aktivitas)
        if (w.length() >= 7 && w.endsWith("iti") && !w.endsWith("teliti") && !w.endsWith("niti")) {
            return STRONG;
        }
        if (w.length() >= 7 && w.endsWith("itas")) {
            return -STRONG;
        }
        return 0.0;
    }
}
