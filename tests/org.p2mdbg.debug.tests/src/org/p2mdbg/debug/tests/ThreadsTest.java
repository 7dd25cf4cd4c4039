package org.p2mdbg.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.Test;
import org.p2mdbg.debug.model.ContinuationThread;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.model.P2mThread;

/**
 * Threads of seed000-relinquish-remove (38054 events): the vCPU, and each continuation of the
 * preempted destroy from its -ERESTART until the call that resumes it returns. Relinquish #1..#5
 * are operations 6..10; #1 is preempted at event 23133 in relinquish_memory (page 0x40a01), #2 at
 * 23145, #3 at 32360 in relinquish_p2m_mapping (gfn 0x403ff), #4 at 38011 (gfn 0x80200).
 */
class ThreadsTest extends LaunchingTest {
    private static final String VCPU = "vCPU 0 (runs the scenario's operations) — event ";
    private static final String FIRST = "continuation of destroy guest (relinquish #1): relinquish_memory -ERESTART at event 23133, resumes at 0x40a01 — ";
    private static final String SECOND = "continuation of destroy guest (relinquish #2): relinquish_memory -ERESTART at event 23145, resumes at 0x40a04 — ";
    private static final String THIRD = "continuation of destroy guest (relinquish #3): relinquish_p2m_mapping -ERESTART at event 32360, resumes at 0x403ff — ";
    private static final String FOURTH = "continuation of destroy guest (relinquish #4): relinquish_p2m_mapping -ERESTART at event 38011, resumes at 0x80200 — ";

    @Test
    void aContinuationIsAThreadFromItsPreemptionUntilItsCallReturns() throws Exception {
        P2mDebugTarget target = debug("seed000-relinquish-remove.p2m");
        P2mThread vcpu = target.thread();
        vcpu.jumpTo(23133);
        assertEquals(List.of(VCPU + "23132 of 38054"), names(target));

        vcpu.stepInto();   // the PREEMPTION
        assertEquals(List.of(VCPU + "23133 of 38054", FIRST + "pending, resumes in destroy guest (relinquish #2)"), names(target));
        ContinuationThread first = (ContinuationThread) target.getThreads()[1];
        assertEquals(List.of("relinquish_memory  [resumes at 0x40a01, -ERESTART at #23133]", "domain_relinquish_resources", "domain_kill",
                "destroy guest (relinquish #1)"), frameNames(first));
        assertEquals(17, first.getTopStackFrame().getLineNumber());   // the destroy statement
        assertEquals("#23133 PREEMPTION", value(first.getTopStackFrame(), "event"));
        assertEquals("0x40a01", value(first.getTopStackFrame(), "resumes at"));

        // Step Into on the continuation runs to its resumption: relinquish #2 takes page 0x40a03's reference
        first.stepInto();
        assertEquals(23136, vcpu.position());
        assertEquals(List.of(VCPU + "23135 of 38054", FIRST + "running since event 23135"), names(target));
        assertEquals("get_page  [#23135 REF_GET]", first.getTopStackFrame().getName());
        assertEquals("0x40a03", value(first.getTopStackFrame(), "mfn"));
        assertEquals("2", value(first.getTopStackFrame(), "count now"));
        vcpu.stepInto();
        vcpu.stepInto();
        assertEquals("0", value(vcpu.getTopStackFrame(), "count now"));   // both put: the page is freed next

        // Step Over runs it until its call returns; #2's own continuation is then pending
        first.stepOver();
        assertEquals(23146, vcpu.position());
        assertTrue(first.isTerminated());
        assertEquals(List.of(VCPU + "23145 of 38054", SECOND + "pending, resumes in destroy guest (relinquish #3)"), names(target));
    }

    @Test
    void aResumedCallThatIsPreemptedAgainShowsBothContinuations() throws Exception {
        P2mDebugTarget target = debug("seed000-relinquish-remove.p2m");
        P2mThread vcpu = target.thread();
        vcpu.jumpTo(38013);   // #4 was preempted and is unlocking
        assertEquals(List.of(VCPU + "38012 of 38054", THIRD + "running since event 32364",
                FOURTH + "pending, resumes in destroy guest (relinquish #5)"), names(target));

        ContinuationThread fourth = (ContinuationThread) target.getThreads()[2];
        fourth.stepInto();
        assertEquals(38016, vcpu.position());
        assertEquals(List.of(VCPU + "38015 of 38054", FOURTH + "running since event 38015"), names(target));

        vcpu.stepBackOver();   // back before relinquish #5: #4 has returned, its continuation waits
        assertEquals(38014, vcpu.position());
        assertEquals(List.of(VCPU + "38013 of 38054", FOURTH + "pending, resumes in destroy guest (relinquish #5)"), names(target));

        vcpu.jumpTo(38044);   // relinquish #5 finished the p2m: nothing is left to resume
        assertEquals(List.of(VCPU + "38043 of 38054"), names(target));
    }

    @Test
    void aJumpFromAViewTellsTheDebugViewWhichContinuationAppeared() throws Exception {
        P2mDebugTarget target = debug("seed000-relinquish-remove.p2m");
        BlockingQueue<DebugEvent> created = new LinkedBlockingQueue<>();
        IDebugEventSetListener listener = events -> {
            for (DebugEvent e : events) {
                if (e.getKind() == DebugEvent.CREATE && e.getSource() instanceof ContinuationThread) {
                    created.add(e);
                }
            }
        };
        DebugPlugin.getDefault().addDebugEventListener(listener);
        try {
            target.session().seek(23134);   // as the Trace view's double-click does, not through a thread
            DebugEvent e = created.poll(10, TimeUnit.SECONDS);
            assertEquals(FIRST + "pending, resumes in destroy guest (relinquish #2)", ((ContinuationThread) e.getSource()).getName());
        } finally {
            DebugPlugin.getDefault().removeDebugEventListener(listener);
        }
    }

    private static List<String> names(P2mDebugTarget target) throws DebugException {
        List<String> out = new ArrayList<>();
        for (IThread t : target.getThreads()) {
            out.add(t.getName());
        }
        return out;
    }

    private static List<String> frameNames(IThread thread) throws DebugException {
        List<String> out = new ArrayList<>();
        for (IStackFrame f : thread.getStackFrames()) {
            out.add(f.getName());
        }
        return out;
    }

    private static String value(IStackFrame frame, String name) throws DebugException {
        for (IVariable v : frame.getVariables()) {
            if (v.getName().equals(name)) {
                return v.getValue().getValueString();
            }
        }
        throw new AssertionError("no variable " + name + " in " + frame.getName());
    }
}
