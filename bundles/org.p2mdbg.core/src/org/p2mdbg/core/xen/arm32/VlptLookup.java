package org.p2mdbg.core.xen.arm32;

import java.util.List;

import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.walk.WalkStep;

/**
 * One get_vlpt_3lvl_pte and the load through its pointer: the guest address, the hypervisor virtual
 * address the VLPT gives for it, Xen's stage-1 walk of that address, and the descriptor the load
 * read ({@code frame}[{@code index}]); {@code frame} is INVALID when the walk faulted (a data abort in
 * the hypervisor).
 */
public record VlptLookup(Ipa ipa, Va va, List<WalkStep> walk, Mfn frame, int index, long descriptor) {
    public VlptLookup {
        walk = List.copyOf(walk);
    }

    public boolean faulted() { return !frame.isValid(); }
}
