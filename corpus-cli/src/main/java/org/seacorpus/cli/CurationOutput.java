package org.seacorpus.cli;

import org.seacorpus.corpus.JsonShapes;
import org.seacorpus.curate.ChangedDocument;
import org.seacorpus.curate.CurationOutcome;
import org.seacorpus.curate.CurationRecord;
import org.seacorpus.util.SafeText;

/** Prints what a curation command did (or would do, in a dry run). */
final class CurationOutput {
    private static final int LISTED = 20;

    private CurationOutput() {
    }

    /**
     * @param done       the action in the past tense ("rejected")
     * @param wouldDo    the action as an infinitive ("reject")
     * @param detail     what was done to them, or empty ("reason: boilerplate")
     */
    static void print(Output output, CurationOutcome outcome, String done, String wouldDo, String detail) {
        CurationRecord record = outcome.record();
        if (output.json) {
            output.json(JsonShapes.curation(outcome, outcome.file() == null ? null : outcome.file().toString()));
            return;
        }
        if (output.quiet && !record.dryRun()) {
            return; // -q: no report (a dry run's list is its result)
        }
        String count = record.changed() + " of " + record.matched() + " matching "
                + (record.matched() == 1 ? "document" : "documents");
        output.println((record.dryRun() ? "would " + wouldDo + " " : done + " ") + count
                + (detail.isEmpty() ? "" : " (" + SafeText.oneLine(detail) + ")")
                + (record.dryRun() ? "; dry run, nothing written" : ""));
        int shown = 0;
        for (ChangedDocument doc : outcome.changed()) {
            if (shown++ == LISTED) {
                output.println("  … and " + (outcome.changed().size() - LISTED) + " more (--json lists all)");
                break;
            }
            String status = doc.statusBefore().equals(doc.statusAfter()) ? doc.statusAfter()
                    : doc.statusBefore() + " → " + doc.statusAfter();
            output.println("  " + doc.id().substring(0, Math.min(12, doc.id().length())) + "  "
                    + String.format("%-4s", doc.lang()) + String.format("%-21s", status + " ")
                    + SearchCommand.shortSource(doc.source())
                    + (doc.part().isEmpty() ? "" : " [" + SafeText.oneLine(doc.part()) + "]"));
        }
        if (record.changed() < record.matched()) {
            output.info((record.matched() - record.changed()) + " matching documents were already as asked");
        }
        if (outcome.file() != null) {
            output.info("recorded in " + outcome.file());
        }
    }
}
