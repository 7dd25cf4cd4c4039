package org.p2mdbg.core.walk;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Mfn;

/**
 * Where a walk starts: the root table, its level, and how many concatenated pages it is made of
 * (a 40-bit IPA stage-2 root at level 1 is 2 pages: the first index bit above the level's 9 picks
 * the page).
 */
public record WalkRequest(Mfn root, int rootLevel, int rootPages, Stage stage) {
    public WalkRequest {
        if (rootLevel < 0 || rootLevel > 3) {
            throw new IllegalArgumentException("root level " + rootLevel + " outside 0..3");
        }
        if (Integer.bitCount(rootPages) != 1 || rootPages > 16) {
            throw new IllegalArgumentException("root pages " + rootPages + " is not 1, 2, 4, 8 or 16");
        }
    }
}
