package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Gfn;

/** A machine whose trace is off runs the same algorithms to the same state, and records nothing. */
class TraceOffTest {
    private static Machine populatedAndHalfDestroyed(Trace trace) {
        Options options = new Options();
        options.set("mem-access", "on");
        options.set("preempt", "every:100");
        Machine m = new Machine(Arch.ARM64, 40, options, Machine.DEFAULT_MAX_FRAMES, trace);
        Domain guest = m.createDomain("guest", 1, 1);
        trace.beginOperation("populate");
        assertEquals(0, guest.p2m().populate(new Gfn(0x40000), 3000));
        trace.beginOperation("unmap");
        assertEquals(0, guest.p2m().removeMapping(new Gfn(0x40100), 700));
        return m;
    }

    @Test
    void theEndStateIsTheSameWithTheTraceOff() {
        Machine recorded = populatedAndHalfDestroyed(new Trace());
        Machine untraced = populatedAndHalfDestroyed(Trace.off());
        assertEquals(recorded.stateHash(), untraced.stateHash());
        assertEquals(2300, untraced.domain("guest").orElseThrow().p2m().mappings(3));
        assertEquals(recorded.preemptChecks(), untraced.preemptChecks(), "the preemption checks are still made and numbered");
    }

    @Test
    void anOffTraceKeepsNothing() {
        Trace off = Trace.off();
        assertFalse(off.recording());
        off.enter("p2m_set_entry");
        assertEquals(-1, off.record(EventKind.ERROR, -22, 0, 0, "a check"));
        off.leave();
        off.leave();   // unbalanced frames are not tracked either
        assertEquals(0, off.size());
        assertEquals(CallPaths.ROOT, off.currentPath());
        assertEquals(0, off.columnBytes());
        Machine m = populatedAndHalfDestroyed(off);
        assertEquals(0, m.trace().size());
    }
}
