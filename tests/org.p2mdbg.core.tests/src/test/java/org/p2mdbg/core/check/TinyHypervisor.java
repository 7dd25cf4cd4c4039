package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * A hypervisor driven by hand, for checker tests: a frame store journalled into a trace, and LPAE
 * stage-2 descriptors written one by one. Every helper returns the index of the event it recorded,
 * so a test can name the events that must prove a finding.
 *
 * <p>{@link #guestWithOnePage()} builds the standard layout used by most tests (frames from 0x1000):
 * <pre>
 *  0 OPERATION_START "create guest"
 *  1 FRAME_ALLOC 0x1000 root page 0 (P2M_TABLE of guest)     2 FRAME_ALLOC 0x1001 root page 1
 *  3 FRAME_ALLOC 0x1002 level-2 table                        4 PTE_WRITE 0x1000[0] = table 0x1002
 *  5 FRAME_ALLOC 0x1003 level-3 table                        6 PTE_WRITE 0x1002[0] = table 0x1003
 *  7 OPERATION_START "populate guest gfn=0x5"
 *  8 FRAME_ALLOC 0x1004 (GUEST_RAM of guest)                 9 PTE_WRITE 0x1003[5] = page of 0x1004
 * </pre>
 */
final class TinyHypervisor {
    static final int DOM0 = 0;
    static final int GUEST = 1;
    static final Map<Integer, String> NAMES = Map.of(DOM0, "dom0", GUEST, "guest");

    // stage-2 attributes as Xen's mfn_to_p2m_entry sets them for normal RAM: MemAttr WB, S2AP rw, SH inner, AF
    private static final long NORMAL_RW = 0xFL << 2 | 3L << 6 | 3L << 8 | 1L << 10;

    final Trace trace = new Trace();
    final FrameStore frames = new FrameStore(0x1000, 1024);
    final List<TableRoot> roots = new ArrayList<>();

    Mfn root;
    Mfn level2;
    Mfn level3;
    Mfn ram;

    TinyHypervisor() { frames.setJournal(trace); }

    /** The standard guest of the class comment: gfn 0x5 mapped to MFN 0x1004 by a level-3 page. */
    static TinyHypervisor guestWithOnePage() {
        TinyHypervisor h = new TinyHypervisor();
        h.op("create guest");
        h.root = h.p2mRoot(GUEST, false);
        h.level2 = h.table(GUEST);
        h.write(h.root, 0, table(h.level2));
        h.level3 = h.table(GUEST);
        h.write(h.level2, 0, table(h.level3));
        h.op("populate guest gfn=0x5");
        h.ram = h.alloc(FrameKind.GUEST_RAM, GUEST);
        h.write(h.level3, 5, page(h.ram));
        return h;
    }

    // ---- descriptors (stage 2) ----

    static long page(Mfn mfn) { return Lpae.withMfn(NORMAL_RW | 3L, mfn); }

    static long block(Mfn mfn) { return Lpae.withMfn(NORMAL_RW | 1L, mfn); }

    static long table(Mfn mfn) { return Lpae.withMfn(3L, mfn); }

    static long readOnly(long d) { return Lpae.S2AP.set(d, 1); }

    static long device(long d) { return Lpae.S2_MEMATTR.set(d, 1); }

    static long p2mType(long d, int type) { return Lpae.SOFTWARE.set(d, type); }

    // ---- recording ----

    long op(String name) {
        trace.beginOperation(name);
        return last();
    }

    /** A 2-page level-1 root (40-bit IPA), declared to the checker. */
    Mfn p2mRoot(int domain, boolean smmuShared) {
        Mfn r = frames.tryAllocateContiguous(2, FrameKind.P2M_TABLE, domain);
        roots.add(TableRoot.p2m(r, 1, 2, domain, smmuShared));
        return r;
    }

    Mfn table(int owner) { return alloc(FrameKind.P2M_TABLE, owner); }

    Mfn alloc(FrameKind kind, int owner) { return frames.allocate(kind, owner); }

    long write(Mfn table, int index, long value) {
        frames.write(table, index, value);
        return last();
    }

    long read(Mfn table, int index) {
        frames.read(table, index);
        return last();
    }

    long free(Mfn mfn) {
        frames.free(mfn);
        return last();
    }

    long getRef(Mfn mfn) {
        frames.getRef(mfn);
        return last();
    }

    long putRef(Mfn mfn) {
        frames.putRef(mfn);
        return last();
    }

    /** A whole-VMID flush, as p2m_flush_tlb records it. */
    long flush(int domain) { return trace.record(EventKind.TLB_FLUSH, domain, 0, -1); }

    long flush(int domain, long firstGfn, long frames) { return trace.record(EventKind.TLB_FLUSH, domain, firstGfn, frames); }

    long iotlbFlush(int tag, long firstGfn, long frames) { return trace.record(EventKind.IOTLB_FLUSH, tag, firstGfn, frames); }

    long lock(int domain) { return trace.record(EventKind.LOCK, domain, 1, 0); }

    long unlock(int domain) { return trace.record(EventKind.UNLOCK, domain, 1, 0); }

    long state(int domain, DomainState s) { return trace.record(EventKind.DOMAIN_STATE, domain, s.ordinal(), 0); }

    long last() { return trace.size() - 1; }

    // ---- checking ----

    CheckContext context() { return CheckContext.of(trace, roots, NAMES); }

    List<Finding> check(Rule first, Rule... more) { return RuleChecker.check(trace, context(), EnumSet.of(first, more)); }

    List<Finding> checkAll() { return RuleChecker.checkAll(trace, context()); }
}
