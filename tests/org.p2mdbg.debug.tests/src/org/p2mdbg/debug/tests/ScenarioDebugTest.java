package org.p2mdbg.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.model.EventKindBreakpoint;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.model.P2mStackFrame;
import org.p2mdbg.debug.model.P2mThread;
import org.p2mdbg.debug.model.RuleBreakpoint;
import org.p2mdbg.debug.model.WriteBreakpoint;

/** A scenario launched in debug mode through the launch manager: stepping both ways, frames, variables, breakpoints. */
class ScenarioDebugTest extends LaunchingTest {
    @Test
    void stepsForwardAndBackRestoreTheSameMachineState() throws Exception {
        P2mDebugTarget target = debug("seed000-relinquish-lookup.p2m");
        P2mThread thread = target.thread();
        Trace trace = target.session().trace();
        assertTrue(thread.isSuspended());
        assertEquals(0, thread.position());
        long initialHash = target.session().machine().stateHash();

        thread.stepInto();
        assertEquals(1, thread.position());
        assertEquals(EventKind.OPERATION_START, trace.kind(0));

        thread.stepOver();
        assertEquals(trace.operationEnd(0), thread.position(), "step over runs to the end of the operation");
        thread.stepOver();
        assertEquals(trace.operationEnd(1), thread.position());
        long afterTwoOps = target.session().machine().stateHash();

        thread.stepBackOver();
        assertEquals(trace.operationStart(1), thread.position(), "step back over returns to the operation's start");
        thread.stepOver();
        assertEquals(afterTwoOps, target.session().machine().stateHash(), "forward again: the same state");

        thread.stepBackOver();
        thread.stepBackOver();
        thread.stepBackInto();
        assertEquals(0, thread.position());
        assertEquals(initialHash, target.session().machine().stateHash());
    }

    @Test
    void framesFollowTheCallPathAndStepReturnLeavesTheFunction() throws Exception {
        P2mDebugTarget target = debug("seed000-relinquish-lookup.p2m");
        P2mThread thread = target.thread();
        Trace trace = target.session().trace();
        long write = firstInDepth(trace, EventKind.PTE_WRITE, 3);
        thread.jumpTo(write + 1);
        IStackFrame[] frames = thread.getStackFrames();
        assertEquals(trace.callPaths().frames(trace.path(write)).size(), frames.length);
        assertEquals(trace.operationName(trace.operationOf(write)), ((P2mStackFrame) frames[frames.length - 1]).label());
        IVariable[] vars = frames[0].getVariables();
        assertEquals("event", vars[0].getName());
        assertTrue(vars[0].getValue().getValueString().endsWith("PTE_WRITE"));
        boolean hasNew = false;
        for (IVariable v : vars) {
            hasNew |= v.getName().equals("new");
        }
        assertTrue(hasNew, "a write shows the new descriptor");
        IVariable options = vars[vars.length - 1];
        assertEquals("options", options.getName());
        assertEquals("options as written", options.getValue().getValueString());
        IVariable[] lines = options.getValue().getVariables();
        assertEquals(List.of("relinquish (line 8) = lookup", "preempt (line 15) = every:2"),
                Arrays.stream(lines).map(v -> { try { return v.getName() + " = " + v.getValue().getValueString(); }
                        catch (DebugException e) { throw new IllegalStateException(e); } }).toList());

        int depth = ((P2mStackFrame) frames[0]).depth();
        thread.stepReturn();
        int after = trace.callPaths().depth(trace.path(thread.position() - 1));
        assertTrue(after < depth, "step return stops in a shallower frame (" + after + " < " + depth + ")");
        thread.stepBackReturn();
        assertTrue(thread.position() <= write, "step back return goes back before the function was entered");
    }

    @Test
    void eventKindBreakpointStopsAtEachPreemptionBothWays() throws Exception {
        P2mDebugTarget target = debug("seed000-relinquish-lookup.p2m");
        P2mThread thread = target.thread();
        Trace trace = target.session().trace();
        EventKindBreakpoint bp = new EventKindBreakpoint(EventKind.PREEMPTION);
        long first = nextOf(trace, EventKind.PREEMPTION, 0);
        assertTrue(first >= 0, "the example is preempted");
        thread.resume();
        assertEquals(first + 1, thread.position());
        assertEquals(bp, thread.getBreakpoints()[0]);
        long second = nextOf(trace, EventKind.PREEMPTION, first + 1);
        thread.resume();
        assertEquals(second + 1, thread.position());
        thread.reverseResume();
        assertEquals(first + 1, thread.position());

        bp.setEnabled(false);
        thread.resume();
        assertEquals(trace.size(), thread.position(), "a disabled breakpoint does not stop the run");
    }

    @Test
    void writeBreakpointStopsOnEveryWriteCoveringTheRangeInThatDomainOnly() throws Exception {
        P2mDebugTarget target = debug("seed000-access-after-relinquish.p2m");
        P2mThread thread = target.thread();
        Trace trace = target.session().trace();
        new WriteBreakpoint("guest", 0x40001, 0x40001);
        java.util.List<String> stoppedIn = new java.util.ArrayList<>();
        thread.resume();
        while (thread.position() < trace.size()) {
            long e = thread.position() - 1;
            assertEquals(EventKind.PTE_WRITE, trace.kind(e));
            stoppedIn.add(trace.operationName(trace.operationOf(e)));
            thread.resume();
        }
        // linking the guest's tables and writing the foreign entry, then the unmap after relinquish;
        // nothing in dom0's tree, and not the map of gfn 0x40002 (a different leaf entry)
        assertTrue(stoppedIn.get(0).startsWith("map guest gfn=0x40000"), stoppedIn.toString());
        assertTrue(stoppedIn.stream().anyMatch(op -> op.startsWith("unmap guest gfn=0x40001")), stoppedIn.toString());
        assertTrue(stoppedIn.stream().noneMatch(op -> op.contains("dom0 gfn")), stoppedIn.toString());
        assertTrue(stoppedIn.stream().noneMatch(op -> op.startsWith("map guest gfn=0x40002")), stoppedIn.toString());
    }

    @Test
    void ruleBreakpointStopsAtTheFinding() throws Exception {
        P2mDebugTarget target = debug("seed000-access-after-relinquish.p2m");
        var findings = target.session().result().findings().stream().filter(f -> f.rule() == Rule.RELINQUISHED_ENTRY_ACCESS).toList();
        assertTrue(!findings.isEmpty(), "the example touches a relinquished entry");
        IBreakpoint bp = new RuleBreakpoint(Rule.RELINQUISHED_ENTRY_ACCESS);
        target.thread().resume();
        assertEquals(findings.get(0).event() + 1, target.thread().position());
        assertNotNull(target.thread().getBreakpoints());
        assertEquals(bp, target.thread().getBreakpoints()[0]);
    }

    private static long nextOf(Trace trace, EventKind kind, long from) {
        for (long e = from; e < trace.size(); e++) {
            if (trace.kind(e) == kind) {
                return e;
            }
        }
        return -1;
    }

    private static long firstInDepth(Trace trace, EventKind kind, int minDepth) {
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) == kind && trace.callPaths().depth(trace.path(e)) >= minDepth) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " at depth " + minDepth);
    }
}
