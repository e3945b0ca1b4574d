package org.seacorpus.normalize;

/**
 * Listens to rules as they fire, for {@code corpus normalize --explain}. Called once per rule application that
 * changed the text, with the text just before and just after that rule. Not used on the import path.
 */
@FunctionalInterface
public interface RuleTrace {
    /** A trace that records nothing. */
    RuleTrace NONE = (rule, before, after) -> { };

    void fired(String rule, String before, String after);
}
