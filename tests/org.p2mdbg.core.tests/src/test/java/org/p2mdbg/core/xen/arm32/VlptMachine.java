package org.p2mdbg.core.xen.arm32;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.P2mType;

/**
 * An arm32 host for the examples: Xen's tables first (root 0x40000, xen_second 0x40002-0x40003),
 * then guest (id 1, p2m root 0x40004-0x40005) with 16 pages of RAM at gfn 0x80000 (IPA 2 GiB, the
 * start of guest RAM) mapped 4 KiB by 4 KiB, so its level-2 table is 0x40006 and its level-3 table
 * 0x40007.
 */
final class VlptMachine {
    final Machine machine;
    final Trace trace;
    final Arm32XenTables xen;
    final Domain guest;
    final Vlpt vlpt;

    VlptMachine() { this(Machine.DEFAULT_MAX_FRAMES); }

    VlptMachine(long maxFrames) {
        machine = new Machine(Arch.ARM32, 40, new Options(), maxFrames);
        trace = machine.trace();
        trace.beginOperation("boot");
        xen = new Arm32XenTables(machine);
        guest = machine.createDomain("guest", 1, 1);
        vlpt = new Vlpt(xen, guest);
        op("map guest gfn=0x80000 nr=16 mfn=0x50001");
        guest.p2m().insertMapping(new Gfn(0x80000), 16, new Mfn(0x50001), P2mType.RAM_RW);
    }

    VlptMachine op(String name) {
        trace.beginOperation(name);
        return this;
    }

    Map<String, Long> costs() { return CostCounter.countOperation(trace, trace.operationCount() - 1); }

    long cost(String name) { return costs().get(name); }

    /** The TLB flushes of the last operation as "first vfn+frames detail". */
    List<String> tlbFlushes() {
        List<String> out = new ArrayList<>();
        int op = trace.operationCount() - 1;
        for (long e = trace.operationStart(op); e < trace.operationEnd(op); e++) {
            if (trace.kind(e) == EventKind.TLB_FLUSH) {
                out.add(Long.toHexString(trace.b(e)) + "+" + trace.c(e) + (trace.detail(e) == null ? "" : " " + trace.detail(e)));
            }
        }
        return out;
    }

    /** The ERROR details of the last operation. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        int op = trace.operationCount() - 1;
        for (long e = trace.operationStart(op); e < trace.operationEnd(op); e++) {
            if (trace.kind(e) == EventKind.ERROR) {
                out.add(trace.detail(e));
            }
        }
        return out;
    }
}
