package org.p2mdbg.ui.graph;

import org.p2mdbg.core.mem.Mfn;

/**
 * Adjacent input frames of one kind: [firstFrame, firstFrame + frames). For a mapped run,
 * {@code firstMfn} is the machine frame its first input frame maps to (INVALID for a hole).
 */
public record AddressRun(long firstFrame, long frames, RunKind kind, Mfn firstMfn) {
    public long endFrame() { return firstFrame + frames; }

    public boolean contains(long frame) { return frame >= firstFrame && frame < endFrame(); }
}
