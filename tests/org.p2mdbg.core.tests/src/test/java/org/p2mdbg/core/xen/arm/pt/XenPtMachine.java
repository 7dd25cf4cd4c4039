package org.p2mdbg.core.xen.arm.pt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;

/**
 * A small machine for the examples: table frames from MFN 0x80000 (so the root is 0x80000 and the
 * tables created next are 0x80001, 0x80002, ...), a trace the frame store reports to, and Xen's tables.
 */
final class XenPtMachine {
    static final long FIRST_TABLE = 0x80000;

    final FrameStore frames;
    final Trace trace = new Trace();
    final XenPageTables xen;

    XenPtMachine(XenPtVariant variant) { this(variant, 64); }

    XenPtMachine(XenPtVariant variant, int maxFrames) {
        frames = new FrameStore(FIRST_TABLE, maxFrames);
        frames.setJournal(trace);
        xen = new XenPageTables(frames, trace, variant);
    }

    static Va va(long address) { return new Va(address); }

    static Mfn mfn(long value) { return new Mfn(value); }

    /** Starts a scenario operation, as the scenario runner does before calling the API. */
    XenPtMachine op(String name) {
        trace.beginOperation(name);
        return this;
    }

    WalkResult walk(long vfn) { return Walker.walk(frames::peek, xen.walkRequest(), vfn); }

    /** The MFN that vfn translates to, or -1 when unmapped. */
    long translate(long vfn) {
        WalkResult w = walk(vfn);
        return w.isMapped() ? w.output().value() : -1;
    }

    /** The descriptor the walk of vfn ended on (the mapping, or the invalid entry). */
    long leaf(long vfn) { return walk(vfn).last().descriptor(); }

    Map<String, Long> costsOfLastOperation() { return CostCounter.countOperation(trace, trace.operationCount() - 1); }

    /** The events of one kind in the last operation. */
    List<Long> eventsOfLastOperation(EventKind kind) {
        int op = trace.operationCount() - 1;
        List<Long> out = new ArrayList<>();
        for (long e = trace.operationStart(op); e < trace.operationEnd(op); e++) {
            if (trace.kind(e) == kind) {
                out.add(e);
            }
        }
        return out;
    }

    /** "detail @ call path" of every ERROR event of the last operation. */
    List<String> errorsOfLastOperation() {
        List<String> out = new ArrayList<>();
        for (long e : eventsOfLastOperation(EventKind.ERROR)) {
            out.add(trace.a(e) + " " + trace.detail(e) + " @ " + trace.callPaths().format(trace.path(e)));
        }
        return out;
    }

    /** The TLB flushes of the last operation as "domain:firstVfn+frames". */
    List<String> flushesOfLastOperation() {
        List<String> out = new ArrayList<>();
        for (long e : eventsOfLastOperation(EventKind.TLB_FLUSH)) {
            out.add(Long.toHexString(trace.a(e)) + ":" + Long.toHexString(trace.b(e)) + "+" + trace.c(e));
        }
        return out;
    }
}
