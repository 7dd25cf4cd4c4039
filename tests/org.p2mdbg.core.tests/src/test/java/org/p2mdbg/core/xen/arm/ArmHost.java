package org.p2mdbg.core.xen.arm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/** The host most tests start from: an arm64 machine with a 40-bit IPA, dom0 (id 0) and a guest (id 1). */
final class ArmHost {
    final Machine machine;
    final Domain dom0;
    final Domain guest;

    ArmHost(String... options) {
        Options o = new Options();
        for (String option : options) {
            String[] nv = option.split("=", 2);
            o.set(nv[0], nv[1]);
        }
        machine = new Machine(Arch.ARM64, 40, o);
        dom0 = machine.createDomain("dom0", 0, 1);
        guest = machine.createDomain("guest", 1, 1);
    }

    Trace trace() { return machine.trace(); }

    /** Starts a traced operation and returns its index. */
    int begin(String name) { return trace().beginOperation(name); }

    Map<String, Long> costs(int op) { return CostCounter.countOperation(trace(), op); }

    /** The event kinds of an operation, after its OPERATION_START. */
    List<EventKind> kinds(int op) {
        List<EventKind> out = new ArrayList<>();
        for (long e = trace().operationStart(op) + 1; e < trace().operationEnd(op); e++) {
            out.add(trace().kind(e));
        }
        return out;
    }
}
