package org.p2mdbg.core.x86pv;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * A CPU's multicall buffer (arch/x86/xen/multicalls.c of Linux 4.11) and its paravirt lazy mode: up to
 * MC_BATCH entries and MC_ARGS bytes of arguments; an mmu_update or mmuext_op may extend the last
 * entry when it is of the same hypercall. xen_mc_flush issues one entry as a plain hypercall (a
 * HYPERCALL event) and more as one multicall (a MULTICALL_BATCH event), then runs the callbacks.
 * The buffer is empty between operations, so it is not part of the undoable state.
 */
final class MulticallBuffer {
    static final int MC_BATCH = 32;
    static final int MC_ARGS = MC_BATCH * 16;
    /** paravirt_get_lazy_mode() values. */
    static final int LAZY_NONE = 0;
    static final int LAZY_MMU = 1;
    static final int LAZY_CPU = 2;

    private final int cpu;
    private final XenPvMemory xen;
    private final Trace trace;
    private final List<List<PvHypercall>> entries = new ArrayList<>();
    private final List<Runnable> callbacks = new ArrayList<>();
    private int argidx;
    private int lazyMode = LAZY_NONE;

    MulticallBuffer(int cpu, XenPvMemory xen, Trace trace) {
        this.cpu = cpu;
        this.xen = xen;
        this.trace = trace;
    }

    int lazyMode() { return lazyMode; }

    /** arch_enter_lazy_mmu_mode. */
    void enterLazyMmu() { lazyMode = LAZY_MMU; }

    /** arch_leave_lazy_mmu_mode (xen_leave_lazy_mmu): the batch is flushed. */
    void leaveLazyMmu() {
        flush();
        lazyMode = LAZY_NONE;
    }

    boolean isEmpty() { return entries.isEmpty() && callbacks.isEmpty(); }

    /** __xen_mc_entry: a new entry, after a flush when the buffer or its argument space is full. */
    void entry(PvHypercall call) {
        int at = roundUp(argidx);
        if (entries.size() == MC_BATCH || at + call.argBytes() >= MC_ARGS) {
            flush();
            at = roundUp(argidx);
        }
        List<PvHypercall> e = new ArrayList<>();
        e.add(call);
        entries.add(e);
        argidx = at + call.argBytes();
    }

    /** xen_extend_mmu_update / xen_extend_mmuext_op: onto the last entry when it is the same hypercall and there is room. */
    void extend(PvHypercall call) {
        if (entries.isEmpty() || !entries.get(entries.size() - 1).get(0).op().equals(call.op()) || argidx + call.argBytes() >= MC_ARGS) {
            entry(call);
            return;
        }
        entries.get(entries.size() - 1).add(call);
        argidx += call.argBytes();
    }

    /** xen_mc_callback: run after the batch is issued. */
    void callback(Runnable r) {
        if (callbacks.size() == MC_BATCH) {
            flush();
        }
        callbacks.add(r);
    }

    /** xen_mc_issue: flushes unless the CPU is in one of the lazy modes named. */
    void issue(int mode) {
        if ((lazyMode & mode) == 0) {
            flush();
        }
    }

    /** xen_mc_flush. */
    void flush() {
        trace.enter("xen_mc_flush");
        try {
            if (entries.size() == 1) {
                // a singleton multicall bypasses the multicall machinery
                List<PvHypercall> e = entries.get(0);
                trace.record(EventKind.HYPERCALL, e.size(), cpu, 0, e.get(0).op());
                run(e);
            } else if (entries.size() > 1) {
                trace.record(EventKind.MULTICALL_BATCH, entries.size(), cpu, 0, entries.size() + " calls");
                trace.enter("do_multicall");
                for (List<PvHypercall> e : entries) {
                    run(e);
                }
                trace.leave();
            }
            entries.clear();
            argidx = 0;
            List<Runnable> pending = new ArrayList<>(callbacks);
            callbacks.clear();
            for (Runnable r : pending) {
                r.run();
            }
        } finally {
            trace.leave();
        }
    }

    /** One hypercall's work: its operations in order, up to the first that fails. */
    private void run(List<PvHypercall> entry) {
        trace.enter("do_" + entry.get(0).op());
        for (PvHypercall call : entry) {
            if (call.run(xen, cpu) != 0) {
                break;
            }
        }
        trace.leave();
    }

    /** A direct hypercall outside the buffer (HYPERVISOR_mmu_update from __xen_set_pte). */
    void direct(PvHypercall call) {
        trace.record(EventKind.HYPERCALL, 1, cpu, 0, call.op());
        run(List.of(call));
    }

    private static int roundUp(int v) { return (v + 7) & ~7; }
}
