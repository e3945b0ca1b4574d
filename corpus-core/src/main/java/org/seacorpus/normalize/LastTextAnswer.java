package org.seacorpus.normalize;

import java.util.function.Predicate;

/**
 * A yes/no question about a text whose last answer is kept per thread: the rules of one script ask the same
 * question (does any of us touch this line?) about the same line in turn, and the scan behind the answer is the
 * costly part. Texts are compared by identity, so a kept answer is never given for another string.
 */
public final class LastTextAnswer {
    private final Predicate<String> question;
    private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);

    public LastTextAnswer(Predicate<String> question) {
        this.question = question;
    }

    public boolean test(String text) {
        Object[] cached = last.get();
        if (cached[0] == text) {
            return (Boolean) cached[1];
        }
        boolean answer = question.test(text);
        cached[0] = text;
        cached[1] = answer;
        return answer;
    }
}
