package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.EventKind;

/**
 * BBM_VIOLATION: a valid entry of a tree a CPU caches is given another output address, size (block,
 * table or page) or attributes without the break-before-make sequence (Arm ARM D4.7.1 in DDI
 * 0487A.j, which Xen's __p2m_set_entry follows): first an invalid entry, then a TLB flush covering
 * it, then the new entry. Changes of permissions only are allowed in place.
 */
final class BreakBeforeMakeCheck implements Check {
    @Override public Rule rule() { return Rule.BBM_VIOLATION; }

    @Override public Set<EventKind> kinds() { return EnumSet.of(EventKind.PTE_WRITE); }

    @Override public void observe(long e, CheckState s) {
        long slot = s.trace.a(e);
        long old = s.trace.b(e);
        long now = s.trace.c(e);
        TablePlace p = s.tables.place(slot >>> 9);
        if (p == null || !s.tlb.caches(p.root()) || !p.format().isValid(now)) {
            return;
        }
        long bits = p.format().breakBeforeMakeBits();
        if (p.format().isValid(old)) {
            if (((old ^ now) & bits) != 0) {
                long written = s.tables.writeEvent(slot, old);
                s.report(rule(), p.root().owner(), p.format().outputFrame(now), p, slot, e, CheckState.events(written, e),
                        s.at(e) + " replaced " + s.entry(p, slot) + ", " + CheckState.descriptor(p, old)
                        + (written >= 0 ? " written at event " + written : "") + ", with " + CheckState.descriptor(p, now)
                        + " in place: " + what(p, old, now) + " changed while the entry stayed valid; break-before-make"
                        + " needs an invalid entry and a TLB flush first");
            }
            return;
        }
        int change = s.tlb.latestForSlot(slot);
        if (change < 0) {
            return;
        }
        long broken = s.tlb.event(change);
        long before = s.trace.b(broken);
        if (((before ^ now) & bits) != 0) {
            s.report(rule(), p.root().owner(), p.format().outputFrame(now), p, slot, e, CheckState.events(broken, e),
                    s.at(e) + " wrote " + CheckState.descriptor(p, now) + " into " + s.entry(p, slot)
                    + ", which held " + CheckState.descriptor(p, before) + " until event " + broken + ": " + what(p, before, now)
                    + " changed and no TLB flush covering the entry came between the invalidation and the new entry");
        }
    }

    /** Which of output address, size and attributes differ between two valid descriptors. */
    private static String what(TablePlace p, long old, long now) {
        EntryFormat f = p.format();
        List<String> parts = new ArrayList<>();
        if (f.outputFrame(old) != f.outputFrame(now)) {
            parts.add("the output address");
        }
        if (p.isTable(old) != p.isTable(now)) {
            parts.add("the size");
        }
        long attributes = (old ^ now) & f.attributeBits();
        if (attributes != 0) {
            parts.add("the attributes (bits " + Hex.of(attributes) + ")");
        }
        int n = parts.size();
        return n == 1 ? parts.get(0) : String.join(", ", parts.subList(0, n - 1)) + " and " + parts.get(n - 1);
    }
}
