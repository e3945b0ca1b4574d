package org.seacorpus.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Finds URLs and e-mail addresses, which a word breaker would cut at every dot and slash, so that they stay
 * whole tokens. A URL starts with a scheme or {@code www.} and runs to the next whitespace, less trailing
 * punctuation and quotation marks (by their Unicode properties, in any script) and a closing bracket that has no
 * opening one inside the URL. Stateless; thread-safe.
 */
final class WholeTokens {
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"\u200B]+");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    private WholeTokens() {
    }

    /** The URLs and e-mail addresses of {@code text}, in order, never overlapping. */
    static List<Token> find(String text) {
        if (text.indexOf('@') < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0
                && text.indexOf("WWW.") < 0) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            int end = trimEnd(text, url.start(), url.end());
            if (end > url.start() + 4) {
                out.add(new Token(text.substring(url.start(), end), url.start(), end, Token.Kind.URL));
            }
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            int s = email.start();
            int e = email.end();
            // an address may run into a URL that starts inside it ("a@a.https://…"): the URL wins, whole
            if (out.stream().noneMatch(u -> u.start() < e && s < u.end())) {
                out.add(new Token(email.group(), s, e, Token.Kind.EMAIL));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Token::start));
        return out;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start) {
            int last = text.codePointBefore(end);
            if (trailing(last)) {
                end -= Character.charCount(last);
            } else if ((last == ')' || last == ']' || last == '}') && unbalanced(text, start, end, (char) last)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Punctuation that ends a sentence or a clause, or a quotation mark, by Unicode's own properties
     * (Terminal_Punctuation, Quotation_Mark): what a sentence wrapped around a URL puts after it, in any script
     * ({@code . , ; : ! ?}, {@code ។ ៕ ။ ၊ 。 ، ।}, {@code ' " » ” ’ 」}), and what a URL itself does not end in.
     */
    static boolean trailing(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.TERMINAL_PUNCTUATION)
                || UCharacter.hasBinaryProperty(cp, UProperty.QUOTATION_MARK);
    }

    private static boolean unbalanced(String text, int start, int end, char close) {
        char open = close == ')' ? '(' : close == ']' ? '[' : '{';
        int depth = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == open) {
                depth++;
            } else if (text.charAt(i) == close) {
                depth--;
            }
        }
        return depth < 0;
    }
}
