public class Q {
    static char[] buf = new char[64];
    static boolean plain3(String value) {
        if (value == null) return false;
        int n = value.length();
        char[] b = buf.length >= n ? buf : (buf = new char[n]);
        value.getChars(0, n, b, 0);
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }
    static boolean plain4(String value) {
        if (value == null) return false;
        for (int i = value.length() - 1; i >= 0; i--) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }
    public static void main(String[] a) {
        String[] s = new String[1000];
        for (int k = 0; k < s.length; k++) s[k] = (k % 3 == 0 ? "ăâêôơư" : "hello world ") + k;
        boolean three = a[0].equals("3");
        long x = 0;
        for (int r = 0; r < 3000; r++) for (String v : s) x += (three ? plain3(v) : plain4(v)) ? 1 : 0;
        System.out.println(x);
    }
}
