package io.remontada.comeback;

import io.remontada.common.graphql.Selection;

/**
 * The parts of a verdict a query selected beyond its answer and counts. Each costs a statement of
 * its own (the evidence list, the sentence's details, the side's matches), so a verdict reads only
 * those it shows; selections that differ in them are separate batches.
 */
public record VerdictParts(boolean occasions, boolean why, boolean coverage) {

    public static VerdictParts selected(Selection selection) {
        return new VerdictParts(selection.includes("occasions"), selection.includes("why"), selection.includes("coverage"));
    }
}
