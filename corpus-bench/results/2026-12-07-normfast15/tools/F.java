import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class F {
    static ClassLoader loader(String... paths) throws Exception {
        URL[] urls = new URL[paths.length];
        for (int i = 0; i < paths.length; i++) urls[i] = Path.of(paths[i]).toUri().toURL();
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }
    static Method m(ClassLoader l, String cls, String name, Class<?>... types) throws Exception {
        Method m = Class.forName(cls, true, l).getDeclaredMethod(name, types); m.setAccessible(true); return m;
    }
    static String rnd(Random r, char[] pool, int maxLen) {
        int n = 1 + r.nextInt(maxLen); StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(pool[r.nextInt(pool.length)]);
        return b.toString();
    }
    public static void main(String[] a) throws Exception {
        ClassLoader oldL = loader(a[0]), newL = loader(a[1], a[0]);
        Random r = new Random(42);
        int iters = Integer.parseInt(a[2]);
        // pools
        StringBuilder km = new StringBuilder(" \n1a\u200C\u200D");
        for (char c = 0x1780; c <= 0x17DD; c++) km.append(c);
        for (char c = 0x17B4; c <= 0x17D3; c++) km.append(c).append(c); // more signs
        km.append("\u17D2\u17D2\u17D2\u179A\u179A");
        StringBuilder my = new StringBuilder(" \n1a\u104A\u104B");
        for (char c = 0x1000; c <= 0x109F; c++) my.append(c);
        my.append("\u1040\u1040\u101D\u101D\u1044\u104E\u1004\u103A\u1038\u1041\u1042\u102B\u103A\u1039\uAA61\uA9E1");
        StringBuilder my2 = new StringBuilder(" \n1\u104A\u1040\u101D\u1044\u104E\u1004\u103A\u1038\u1041\u102B\u102D\u1000\u1001\u103B\u1031\u1075\u107C\u1082\u1062\u1063\u1050\u1039");
        StringBuilder lat = new StringBuilder("  \n\n\t\r abcdefgh.,éàÂ\u00A0\u0301\u0300\u1EA1\u0E01\u0E48\u1000\u1031\u17D2\u200B\u00AD\uFEFF");
        char[] kmP = km.toString().toCharArray(), myP = my.toString().toCharArray(), my2P = my2.toString().toCharArray(), latP = lat.toString().toCharArray();
        Method kOld = m(oldL, "org.seacorpus.lang.km.KhmerSyllableParts", "scan", String.class);
        Method kNew = m(newL, "org.seacorpus.lang.km.KhmerSyllableParts", "scan", String.class);
        Object laOld = Class.forName("org.seacorpus.lang.my.MyanmarLookalikes", true, oldL).getField("INSTANCE").get(null);
        Object laNew = Class.forName("org.seacorpus.lang.my.MyanmarLookalikes", true, newL).getField("INSTANCE").get(null);
        Method lOld = m(oldL, "org.seacorpus.lang.my.MyanmarLookalikes", "leavesAlone", String.class);
        Method lNew = m(newL, "org.seacorpus.lang.my.MyanmarLookalikes", "leavesAlone", String.class);
        Method zOld = m(oldL, "org.seacorpus.lang.my.ZawgyiRuns", "certainlyUnicode", String.class, int.class, int.class);
        Method zNew = m(newL, "org.seacorpus.lang.my.ZawgyiRuns", "certainlyUnicode", String.class, int.class, int.class);
        Method cOld = m(oldL, "org.seacorpus.normalize.CleanTextScan", "clean", String.class);
        Method cNew = m(newL, "org.seacorpus.normalize.CleanTextScan", "clean", String.class);
        int[] diff = new int[4]; int[] falses = new int[4];
        for (int it = 0; it < iters; it++) {
            String k = rnd(r, kmP, 30);
            boolean x = (boolean) kOld.invoke(null, k), y = (boolean) kNew.invoke(null, k);
            if (x != y && diff[0]++ < 5) System.out.println("KM " + x + " " + y + " " + k.chars().mapToObj(Integer::toHexString).toList());
            falses[0] += x ? 0 : 1;
            String mm = rnd(r, it % 2 == 0 ? myP : my2P, 30);
            x = (boolean) lOld.invoke(laOld, mm); y = (boolean) lNew.invoke(laNew, mm);
            if (x != y && diff[1]++ < 5) System.out.println("LA " + x + " " + y + " " + mm.chars().mapToObj(Integer::toHexString).toList());
            falses[1] += x ? 0 : 1;
            int from = r.nextInt(mm.length() + 1), to = from + r.nextInt(mm.length() - from + 1);
            x = (boolean) zOld.invoke(null, mm, from, to); y = (boolean) zNew.invoke(null, mm, from, to);
            if (x != y && diff[2]++ < 5) System.out.println("ZR " + x + " " + y + " " + mm.chars().mapToObj(Integer::toHexString).toList());
            falses[2] += x ? 0 : 1;
            String l = rnd(r, latP, 60);
            x = (boolean) cOld.invoke(null, l); y = (boolean) cNew.invoke(null, l);
            if (x != y && diff[3]++ < 5) System.out.println("CL " + x + " " + y + " " + l.chars().mapToObj(Integer::toHexString).toList());
            falses[3] += x ? 0 : 1;
        }
        System.out.println("diffs " + Arrays.toString(diff) + " false answers " + Arrays.toString(falses) + " of " + iters);
    }
}
