import com.ibm.icu.text.UnicodeSet;
public class UrlEndMarks { public static void main(String[] a){
 UnicodeSet s=new UnicodeSet("[[:Terminal_Punctuation:][:Quotation_Mark:]]");
 UnicodeSet old=new UnicodeSet().addAll(".,;:!?'\"»”’។៕။၊");
 UnicodeSet added=new UnicodeSet(s).removeAll(old);
 System.out.println("TP|QM: "+s.size()+", the old list: "+old.size()+" (all inside: "+s.containsAll(old)+"), added: "+added.size());
 System.out.println("added in the BMP blocks of this corpus's scripts and CJK: "+new UnicodeSet(added).retainAll(new UnicodeSet("[\\u0B80-\\u0BFF\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u3000-\\u303F\\uFF00-\\uFFEF\\u2000-\\u206F]")).toPattern(false));
}}
