package org.seacorpus.quality;

import java.util.HashSet;
import java.util.Set;

import org.seacorpus.lang.QualityProfile;

/**
 * Line and paragraph measures of one document: repeated lines and paragraphs (Gopher, Rae et al. 2021, table
 * A1), lines that end like a sentence (FineWeb's line-punctuation filter, Penedo et al. 2024, with each script's
 * own punctuation), and lines that start with a bullet or end with an ellipsis (Gopher: ... or …, and the
 * language's own marks from its profile, as Lao's ຯ). Blank lines are not
 * lines here: counting them would make every paragraph break a "repeated line". Pure.
 */
final class LineSignals {
    /** Marks that start a list item: bullets, arrows, check marks, and a dash or star followed by a space. */
    private static final String BULLETS = "•‣◦●○▪▫■□►▶➢➤✓✔⁃∙·";
    /** Closing brackets and quotes that may follow the sentence punctuation at the end of a line. */
    private static final String CLOSERS = ")]}）」』›》】";

    private LineSignals() {
    }

    /** What one pass over the lines found. */
    record Result(int lines, double dupLines, double dupParagraphs, double dupLineChars, double dupParagraphChars,
                  double punctLines, double bulletLines, double ellipsisLines, int newlines) {
    }

    /**
     * @param text        the document text ({@code \n} line ends, as normalisation leaves it)
     * @param tokenStarts start offsets of the words, ascending (to count the words of a line)
     * @param totalChars  the text's length in characters
     * @param profile     the language's sentence punctuation
     */
    static Result measure(String text, int[] tokenStarts, long totalChars, QualityProfile profile) {
        return measure(text, tokenStarts, tokenStarts.length, totalChars, profile);
    }

    /** The same with the first {@code tokens} entries of {@code tokenStarts} (an array a thread reuses). */
    static Result measure(String text, int[] tokenStarts, int tokens, long totalChars, QualityProfile profile) {
        Set<String> seenLines = new HashSet<>();
        Set<String> seenParagraphs = new HashSet<>();
        int lines = 0, dupLines = 0, punct = 0, bullets = 0, ellipses = 0, newlines = 0;
        int paragraphs = 0, dupParagraphs = 0;
        long dupLineChars = 0, dupParagraphChars = 0;
        StringBuilder paragraph = new StringBuilder();
        int token = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            } else {
                newlines++;
            }
            int words = 0;
            while (token < tokens && tokenStarts[token] < end) {
                if (tokenStarts[token] >= start) {
                    words++;
                }
                token++;
            }
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraphs++;
                    if (!seenParagraphs.add(paragraph.toString())) {
                        dupParagraphs++;
                        dupParagraphChars += paragraph.codePointCount(0, paragraph.length());
                    }
                    paragraph.setLength(0);
                }
            } else {
                lines++;
                if (!seenLines.add(line)) {
                    dupLines++;
                    dupLineChars += line.codePointCount(0, line.length());
                }
                if (endsLikeSentence(line, words, profile)) {
                    punct++;
                }
                if (startsWithBullet(line)) {
                    bullets++;
                }
                if (line.endsWith("...") || line.endsWith("…") || profile.endsInOwnEllipsis(line)) {
                    ellipses++;
                }
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(line);
            }
            start = end + 1;
        }
        if (!paragraph.isEmpty()) {
            paragraphs++;
            if (!seenParagraphs.add(paragraph.toString())) {
                dupParagraphs++;
                dupParagraphChars += paragraph.codePointCount(0, paragraph.length());
            }
        }
        return new Result(lines, share(dupLines, lines), share(dupParagraphs, paragraphs),
                share(dupLineChars, totalChars), share(dupParagraphChars, totalChars), share(punct, lines),
                share(bullets, lines), share(ellipses, lines), newlines);
    }

    /**
     * A line ends like a sentence when its last character, closing brackets and quotes aside, is one of the
     * language's sentence marks (។ ៕ in Khmer, ။ in Burmese and Shan, 。！？ in Chinese, . ! ? elsewhere). In Thai
     * and Lao a space ends a sentence and no mark is written, so there a line of running text (enough words,
     * ending in a letter or vowel sign of the script) counts as well.
     */
    static boolean endsLikeSentence(String line, int words, QualityProfile profile) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        int last = line.codePointBefore(end);
        if (profile.sentenceEnd().indexOf(last) >= 0) {
            return true;
        }
        if (profile.spaceEndsSentence() && words >= QualityProfile.SPACE_SENTENCE_MIN_WORDS) {
            int type = Character.getType(last);
            return Character.isLetter(last) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }
        return false;
    }

    static boolean startsWithBullet(String line) {
        char first = line.charAt(0);
        if (BULLETS.indexOf(first) >= 0) {
            return true;
        }
        return line.length() > 1 && (first == '-' || first == '*' || first == '–' || first == '+')
                && Character.isWhitespace(line.charAt(1));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.min(1.0, (double) part / whole);
    }
}
