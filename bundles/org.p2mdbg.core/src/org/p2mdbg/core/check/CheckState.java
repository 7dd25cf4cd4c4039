package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * The machine as the trace has it at the event being checked (frames, table trees, unflushed
 * changes, domain states, current operation), shared by all checks of one pass, and the findings
 * they report. {@link #apply} moves it past one event.
 */
final class CheckState {
    private static final FrameKind[] KINDS = FrameKind.values();
    private static final DomainState[] STATES = DomainState.values();
    private static final byte PLAIN = 1;
    private static final byte RELINQUISH = 2;
    private static final byte TEARDOWN = 3;

    final Trace trace;
    final CheckContext context;
    final FrameShadow frames = new FrameShadow();
    final TableTopology tables;
    final UnflushedChanges tlb;
    final UnflushedChanges iotlb;
    final HeldLocks locks = new HeldLocks();
    /** (domain << 16 | cpu) -> the L4 and user L4 the CPU's last CR3 load put there. */
    private final Map<Long, long[]> cr3 = new HashMap<>();
    private final UnflushedChanges[] caches;
    private final Map<Integer, DomainState> states = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private byte[] pathClasses = new byte[64];
    private int operation = -1;

    CheckState(Trace trace, CheckContext context) {
        this.trace = trace;
        this.context = context;
        this.tables = new TableTopology(trace, context.roots(), frames);
        this.tlb = new UnflushedChanges(TlbKind.TLB, context.roots(), trace);
        this.iotlb = new UnflushedChanges(TlbKind.IOTLB, context.roots(), trace);
        this.caches = new UnflushedChanges[] {tlb, iotlb};
    }

    // ---- moving past an event ----

    void apply(long e, EventKind kind) {
        long a = trace.a(e);
        long b = trace.b(e);
        long c = trace.c(e);
        switch (kind) {
            case OPERATION_START -> operation = (int) a;
            case FRAME_ALLOC -> {
                FrameKind k = KINDS[(int) (b & 0xff)];
                frames.allocated(a, k, (int) c);
                tables.allocated(e, a, k, (int) c);
            }
            case FRAME_FREE -> {
                tables.freed(e, a);
                frames.freed(a);
            }
            case REF_GET, REF_PUT -> frames.setRefs(a, (int) b);
            case PTE_WRITE -> {
                TablePlace p = tables.place(a >>> 9);
                if (p != null && p.format().isValid(b) && ((b ^ c) & p.format().hardwareBits()) != 0) {
                    int lock = locks.protecting(p.root(), a >>> 9);
                    long cpus = TlbKind.isPerCpu(p.root()) ? cpusWithLoaded(p.root()) : 0;
                    for (UnflushedChanges u : caches) {
                        if (u.caches(p.root()) && (u != tlb || !TlbKind.isPerCpu(p.root()) || cpus != 0)) {
                            u.changed(e, p, b, lock, cpus);
                        }
                    }
                }
                tables.written(e, a, b, c);
            }
            case TLB_FLUSH -> tlb.flush(a, b, c);
            case LOCK -> locks.locked((int) a, c, b != 0);
            case UNLOCK -> locks.unlocked((int) a, c);
            case CR3_LOAD -> cr3Loaded((int) a, b, c);
            case IOTLB_FLUSH -> iotlb.flush(a, b, c);
            case DOMAIN_STATE -> states.put((int) a, STATES[(int) b]);
            default -> { }
        }
    }

    /**
     * A CR3 load on a CPU (a = vCPU, b = the L4, c = its user L4 or 0): the CPU's TLB loses the
     * entries of the trees it had loaded. The domain is the owner of the loaded L4's root.
     */
    private void cr3Loaded(int cpu, long l4, long userL4) {
        for (TableRoot r : context.roots()) {
            if (TlbKind.isPerCpu(r) && r.covers(l4)) {
                tlb.cr3Loaded(r.owner(), cpu);
                cr3.put((long) r.owner() << 16 | cpu, new long[] {l4, userL4});
                return;
            }
        }
    }

    /** The CPUs of the root's domain that have the root in CR3 now, as a mask. */
    private long cpusWithLoaded(TableRoot r) {
        long mask = 0;
        for (Map.Entry<Long, long[]> c : cr3.entrySet()) {
            long[] loaded = c.getValue();
            if (c.getKey() >>> 16 == r.owner() && (r.covers(loaded[0]) || r.covers(loaded[1]))) {
                mask |= 1L << (c.getKey() & 0xffff);
            }
        }
        return mask;
    }

    // ---- what the checks ask ----

    /** The operation the event being checked belongs to (-1 before the first). */
    int operation() { return operation; }

    DomainState state(int domain) { return states.getOrDefault(domain, DomainState.RUNNING); }

    /**
     * True when a CPU or device may walk this root's tree now: Xen's and IOMMU tables always, a p2m while
     * its domain runs, a domain's data never.
     */
    boolean inUse(TableRoot r) {
        return switch (r.user()) {
            case HYPERVISOR, IOMMU -> true;
            case P2M -> state(r.owner()) == DomainState.RUNNING;
            case DOMAIN_DATA -> false;
        };
    }

    /** True inside a function (not the operation frame) whose name contains "relinquish". */
    boolean inRelinquish(long e) { return pathClass(trace.path(e)) == RELINQUISH; }

    /** True inside p2m_teardown (and not inside a relinquish function). */
    boolean inTeardown(long e) { return pathClass(trace.path(e)) == TEARDOWN; }

    /** True inside relinquish or p2m_teardown. */
    boolean inRelinquishOrTeardown(long e) { return pathClass(trace.path(e)) != PLAIN; }

    private byte pathClass(int path) {
        if (path >= pathClasses.length) {
            pathClasses = Arrays.copyOf(pathClasses, Math.max(path + 1, pathClasses.length * 2));
        }
        if (pathClasses[path] == 0) {
            CallPaths paths = trace.callPaths();
            byte found = PLAIN;
            // The outermost frame is the operation (a scenario statement), not a function.
            for (int p = path; p != CallPaths.ROOT && paths.parent(p) != CallPaths.ROOT; p = paths.parent(p)) {
                String label = paths.label(p);
                if (label.contains("relinquish")) {
                    found = RELINQUISH;
                    break;
                }
                if (label.equals("p2m_teardown")) {
                    found = TEARDOWN;
                }
            }
            pathClasses[path] = found;
        }
        return pathClasses[path];
    }

    // ---- findings ----

    List<Finding> findings() { return findings; }

    /**
     * Reports a finding about the entry {@code slot} of a placed table (or, with a null place,
     * about a frame only).
     */
    void report(Rule rule, int domain, long mfn, TablePlace place, long slot, long event, LongList proof, String message) {
        if (place == null) {
            report(rule, domain, mfn, (TableRoot) null, -1, event, proof, message);
        } else {
            report(rule, domain, mfn, place.root(), place.inputFrame((int) (slot & 511)), event, proof, message);
        }
    }

    /** Reports a finding about the input frame {@code input} (a gfn, vfn or dfn) of a root's tree. */
    void report(Rule rule, int domain, long mfn, TableRoot root, long input, long event, LongList proof, String message) {
        Gfn gfn = null;
        Va va = null;
        if (root != null && root.translatesVirtual()) {
            va = new Va(input << Mfn.PAGE_SHIFT);
        } else if (root != null) {
            gfn = new Gfn(input);
        }
        long[] sorted = proof.toArray();
        Arrays.sort(sorted);
        List<Long> events = new ArrayList<>();
        for (long p : sorted) {
            if (p >= 0 && (events.isEmpty() || events.get(events.size() - 1) != p)) {
                events.add(p);
            }
        }
        findings.add(new Finding(rule, context.domainName(domain), mfn < 0 ? null : new Mfn(mfn), gfn, va, event, events, message));
    }

    static LongList events(long... events) {
        LongList l = new LongList();
        for (long e : events) {
            l.add(e);
        }
        return l;
    }

    // ---- words for messages ----

    /** "guest's p2m", "guest's process page tables" (x86 PV), "Xen's page tables", "guest's IOMMU tables". */
    String treeName(TableRoot r) {
        return switch (r.user()) {
            case P2M -> context.domainName(r.owner()) + (r.kind() == FrameKind.PV_PAGE_TABLE ? "'s process page tables" : "'s p2m");
            case HYPERVISOR -> "Xen's page tables";
            case DOMAIN_DATA -> context.domainName(r.owner()) + "'s VLPT copy";
            case IOMMU -> context.domainName(r.owner()) + "'s IOMMU tables";
        };
    }

    /** "the level-3 entry 0x40005[18] of guest's p2m (gfn 0x80012)". */
    String entry(TablePlace p, long slot) {
        int index = (int) (slot & 511);
        return "the level-" + p.level() + " entry " + Hex.of(slot >>> 9) + "[" + index + "] of "
                + treeName(p.root()) + " (" + address(p.root(), p.inputFrame(index)) + ")";
    }

    /** "gfn 0x80012" for a p2m or an IOMMU table, "va 0x200000" for Xen's tables and a PV process's. */
    static String address(TableRoot r, long input) {
        return r.translatesVirtual() ? "va " + new Va(input << Mfn.PAGE_SHIFT) : "gfn " + Hex.of(input);
    }

    /** "a page of MFN 0x50001", "a block of MFN 0x50000", "a table at MFN 0x40003", "an invalid entry". */
    static String descriptor(TablePlace p, long d) {
        EntryFormat f = p.format();
        if (!f.isValid(d)) {
            return "an invalid entry";
        }
        String mfn = Hex.of(f.outputFrame(d));
        if (p.isTable(d)) {
            return "a table at MFN " + mfn;
        }
        return (p.level() == f.leafLevel() ? "a page of MFN " : "a block of MFN ") + mfn;
    }

    /** "event 12 (operation 3, unmap guest gfn=0x80000)". */
    String at(long e) {
        int op = trace.operationOf(e);
        return "event " + e + (op < 0 ? "" : " (operation " + op + ", " + trace.operationName(op) + ")");
    }

    String frameName(long mfn) {
        FrameKind k = frames.kind(mfn);
        int owner = frames.owner(mfn);
        String of = k == null || owner == FrameStore.NO_OWNER ? "" : " of " + context.domainName(owner);
        return "MFN " + Hex.of(mfn) + (k == null ? "" : " (" + k + of + ")");
    }
}
