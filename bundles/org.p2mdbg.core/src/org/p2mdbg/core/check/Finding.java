package org.p2mdbg.core.check;

import java.util.List;

import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;

/**
 * One broken rule. {@code event} is the event at which the violation is proven (the navigator
 * jumps there); {@code proof} lists every event the message relies on, in trace order, {@code event}
 * included. The input address is a {@code gfn} for a p2m (or a device frame of an IOMMU table, which
 * on Arm shares the p2m's numbering), a {@code va} for Xen's own tables; null when none applies.
 *
 * @param domain the domain whose tables or references are concerned ("xen" for Xen's tables)
 */
public record Finding(Rule rule, String domain, Mfn mfn, Gfn gfn, Va va, long event, List<Long> proof, String message) {
    public Finding {
        proof = List.copyOf(proof);
    }

    @Override public String toString() { return rule + " @" + event + ": " + message; }
}
