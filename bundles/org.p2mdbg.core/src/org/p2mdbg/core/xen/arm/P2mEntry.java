package org.p2mdbg.core.xen.arm;

import org.p2mdbg.core.mem.Mfn;

/**
 * What p2m_get_entry answers for one GFN: the MFN backing it (INVALID for a hole), the type, and
 * the order of the mapping or of the hole the walk stopped at (0, 9, 18, or 27 at a level-0 root).
 */
public record P2mEntry(Mfn mfn, P2mType type, int order) {
    public boolean isMapped() { return mfn.isValid(); }
}
