package org.p2mdbg.core.iommu;

import java.util.List;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkStep;

/**
 * What a device reaches at one DMA frame: the machine frame (INVALID when the walk stops at a
 * not-present entry), the permissions of the leaf, and every descriptor read on the way (levels as
 * the table format counts them: VT-d and AMD-Vi from the root's level down to 1, LPAE 1..3).
 */
public record IommuTranslation(Mfn mfn, boolean readable, boolean writable, List<WalkStep> steps) {
    public IommuTranslation {
        steps = List.copyOf(steps);
    }

    public boolean isMapped() { return mfn.isValid(); }
}
