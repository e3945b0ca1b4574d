public class P {
    static boolean plain(String value) {
        if (value == null) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }
    static boolean plain2(String value) {
        if (value == null) return false;
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i++);
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }
    public static void main(String[] a) {
        String[] s = new String[1000];
        for (int k = 0; k < s.length; k++) s[k] = (k % 3 == 0 ? "ăâêôơư" : "hello world ") + k;
        boolean two = a.length > 0;
        long x = 0;
        for (int r = 0; r < 3000; r++) for (String v : s) x += (two ? plain2(v) : plain(v)) ? 1 : 0;
        System.out.println(x);
    }
}
