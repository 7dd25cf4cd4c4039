package org.p2mdbg.core.walk;

import java.util.List;

import org.p2mdbg.core.mem.Mfn;

/**
 * What a walk found. On success {@code output} is the MFN of the addressed 4 KiB frame and
 * {@code order} the order of the mapping that covers it (0, 9 or 18). On a fault {@code output} is
 * INVALID and {@code faultLevel} the level whose entry was invalid (its order is still reported, as
 * Xen's p2m_get_entry reports the order of the hole).
 */
public record WalkResult(List<WalkStep> steps, Mfn output, int order, int faultLevel) {
    public boolean isMapped() { return output.isValid(); }

    /** The last descriptor read: the mapping (or the invalid entry that ended the walk). */
    public WalkStep last() { return steps.get(steps.size() - 1); }
}
