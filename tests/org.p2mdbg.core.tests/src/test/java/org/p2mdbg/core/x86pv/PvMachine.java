package org.p2mdbg.core.x86pv;

import java.util.Map;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.Trace;

/**
 * An x86 PV guest (id 1, 2 vCPUs) on a 4096-frame host: swapper_pg_dir 0x40000, the process pgd
 * 0x40001 and user pgd 0x40002; mapping 16 pages at 0x400000 adds the level-3, level-2 and
 * level-1 tables 0x40003, 0x40004, 0x40005 and the data pages 0x40006 .. 0x40015.
 */
final class PvMachine {
    final Machine machine;
    final Trace trace;
    final Domain guest;
    final PvAddressSpace mm;

    PvMachine() { this(2); }

    PvMachine(int vcpus) {
        machine = new Machine(Arch.X86_64_PV, 0, new Options(), 4096);
        trace = machine.trace();
        guest = machine.createDomain("guest", 1, vcpus);
        trace.beginOperation("boot guest");
        mm = new PvAddressSpace(machine, guest);
    }

    static Mfn mfn(long v) { return new Mfn(v); }

    PvMachine op(String name) {
        trace.beginOperation(name);
        return this;
    }

    PvMachine map16() {
        op("pv-map guest va=0x400000 nr=16");
        mm.map(new Va(0x400000), 16);
        return this;
    }

    PvMachine pin() {
        op("pv-pin guest");
        mm.pin();
        return this;
    }

    PvMachine cr3(int cpu) {
        op("pv-cr3 guest cpu=" + cpu);
        mm.runThenIdle(cpu);
        return this;
    }

    PvMachine exit(PvExitStrategy s) {
        op("pv-exit guest strategy=" + s.scenarioName());
        mm.exit(s, 0);
        return this;
    }

    Map<String, Long> costs() { return CostCounter.countOperation(trace, trace.operationCount() - 1); }

    long cost(String name) { return costs().get(name); }

    PageTypeInfo type(long mfn) { return mm.typeInfo(mfn(mfn)); }
}
