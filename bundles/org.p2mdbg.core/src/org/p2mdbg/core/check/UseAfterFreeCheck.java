package org.p2mdbg.core.check;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.EventKind;

/**
 * USE_AFTER_FREE: a frame freed, or handed out again, while a tree in use (a running domain's p2m,
 * Xen's tables, an IOMMU table: DMA-after-free included) still has a valid entry reaching it: a
 * mapping covering it, or a table descriptor linking it as a next-level table. A mapping reported
 * when its frame is freed is not reported again when the frame is reused. Tables p2m_teardown frees
 * from their own p2m are not reported: Xen tears a p2m down only for a domain being destroyed.
 */
final class UseAfterFreeCheck implements Check {
    private static final FrameKind[] KINDS = FrameKind.values();

    /** PTE_WRITE events of mappings already reported. */
    private final Set<Long> reported = new HashSet<>();

    @Override public Rule rule() { return Rule.USE_AFTER_FREE; }

    @Override public Set<EventKind> kinds() { return EnumSet.of(EventKind.FRAME_FREE, EventKind.FRAME_ALLOC); }

    @Override public void observe(long e, CheckState s) {
        long mfn = s.trace.a(e);
        boolean freeing = s.trace.kind(e) == EventKind.FRAME_FREE;
        LongList writes = s.tables.mappingsOf(mfn);
        for (int i = 0; i < writes.size(); i++) {
            long write = writes.get(i);
            long slot = s.trace.a(write);
            TablePlace p = s.tables.place(slot >>> 9);
            if (!s.inUse(p.root()) || !reported.add(write)) {
                continue;
            }
            s.report(rule(), p.root().owner(), mfn, p, slot, e, CheckState.events(write, e),
                    happened(e, s) + " while " + s.entry(p, slot) + " still held " + CheckState.descriptor(p, s.trace.c(write))
                    + " (written at event " + write + "), which " + user(p.root()) + " may still use");
        }
        long link = freeing ? s.tables.linkEvent(mfn) : -1;
        if (link >= 0) {
            long slot = s.trace.a(link);
            TablePlace p = s.tables.place(slot >>> 9);
            // p2m_teardown runs only for a domain being destroyed: its own tables go, whatever its state says
            boolean tornDown = p != null && s.inTeardown(e) && s.frames.owner(mfn) == p.root().owner();
            if (p != null && s.inUse(p.root()) && !tornDown && reported.add(link)) {
                s.report(rule(), p.root().owner(), mfn, p, slot, e, CheckState.events(link, e),
                        happened(e, s) + " while " + s.entry(p, slot) + " still linked it as the next-level table (written at event "
                        + link + "): a walk by " + user(p.root()) + " would read the freed page");
            }
        }
    }

    /** What the event did to the frame, for a finding's message (made only when there is one: most frees find nothing). */
    private static String happened(long e, CheckState s) {
        long mfn = s.trace.a(e);
        return s.trace.kind(e) == EventKind.FRAME_FREE
                ? s.frameName(mfn) + " was freed at event " + e
                : "MFN " + Hex.of(mfn) + " was handed out again at event " + e + " (as " + KINDS[(int) (s.trace.b(e) & 0xff)]
                  + " of " + s.context.domainName((int) s.trace.c(e)) + ")";
    }

    private static String user(TableRoot r) {
        return switch (r.user()) {
            case P2M -> "a running vCPU";
            case HYPERVISOR -> "Xen";
            case IOMMU -> "a device (DMA)";
            case DOMAIN_DATA -> "no one (a copy Xen keeps for the domain)";
        };
    }
}
