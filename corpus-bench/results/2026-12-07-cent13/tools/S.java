public class S { public static void main(String[] a) throws Exception {
  var n = org.seacorpus.lang.ScriptAwareNormalizer.forLanguage(null);
  String out = n.normalize("ข้าว\u200Bหอมมะลิ à¸ª ສະບາຍດີ Ã©\n").text();
  var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  System.out.printf("%.0f%n", os.getProcessCpuTime() / 1e6);
}}
