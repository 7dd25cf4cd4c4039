package org.p2mdbg.core.diff;

import org.p2mdbg.core.format.lpae.Lpae;

/**
 * One entry of a tree that differs between two trace positions, named by where it sits (its level
 * and the first input frame it covers), not by the table frame that holds it: a table moved to
 * another frame with the same contents is no change.
 */
public record EntryChange(int level, long firstFrame, long before, long after) {
    /** added: was not valid, is; removed: was valid, is not; changed: any other difference. */
    public String kind() {
        boolean was = Lpae.isValid(before);
        boolean is = Lpae.isValid(after);
        return !was && is ? "added" : was && !is ? "removed" : "changed";
    }

    /** How many input frames the entry covers. */
    public long frames() { return 1L << Lpae.levelOrder(level); }
}
