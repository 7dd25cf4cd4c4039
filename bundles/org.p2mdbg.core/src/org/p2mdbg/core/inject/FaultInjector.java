package org.p2mdbg.core.inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Runs a scenario from the start with descriptors overwritten at chosen trace positions. The run is
 * deterministic, so the events before an injection are those of the plain run; at its position the
 * trace gets a FAULT_INJECTION event and the PTE_WRITE that makes the change (so stepping back over
 * it undoes it), and from there the emulated algorithms read the modified memory and the rule
 * checks judge the result.
 */
public final class FaultInjector {
    /** The call-path frame the injected write is recorded under. */
    public static final String FRAME = "fault injection";

    private FaultInjector() {}

    /**
     * @throws CancellationException when {@code cancelled} said so (asked before each statement)
     * @throws IllegalArgumentException when an injection's table is not a frame at its position,
     *         or its position is past the end of the run
     */
    public static RunResult run(Scenario scenario, Map<String, String> overrides, List<DescriptorInjection> injections,
            BooleanSupplier cancelled) {
        ScenarioRunner runner = ScenarioRunner.start(scenario, overrides);
        List<DescriptorInjection> pending = new ArrayList<>(injections);
        pending.sort(Comparator.comparingLong(DescriptorInjection::position));
        Iterator<DescriptorInjection> order = pending.iterator();
        List<DescriptorInjection> done = new ArrayList<>();
        if (order.hasNext()) {
            arm(runner.machine().frames(), runner.machine().trace(), order, done);
        }
        while (runner.hasNext()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the run was cancelled");
            }
            runner.step();
        }
        if (done.size() < pending.size()) {
            DescriptorInjection missed = pending.get(done.size());
            throw new IllegalArgumentException("cannot inject " + missed + ": the run has only " + runner.machine().trace().size() + " events");
        }
        return runner.result();
    }

    /**
     * The injections after adding one at {@code added.position()}: those at or after it move two
     * events later (its FAULT_INJECTION and PTE_WRITE come first), so each still lands where it did.
     */
    public static List<DescriptorInjection> with(List<DescriptorInjection> injections, DescriptorInjection added) {
        List<DescriptorInjection> out = new ArrayList<>();
        for (DescriptorInjection i : injections) {
            out.add(i.position() >= added.position() ? i.later(2) : i);
        }
        out.add(added);
        return out;
    }

    private static void arm(FrameStore frames, Trace trace, Iterator<DescriptorInjection> order, List<DescriptorInjection> done) {
        DescriptorInjection next = order.next();
        // positions were counted with the earlier injections' two events already in the trace
        trace.atPosition(next.position(), () -> {
            inject(frames, trace, next);
            done.add(next);
            if (order.hasNext()) {
                arm(frames, trace, order, done);
            }
        });
    }

    private static void inject(FrameStore frames, Trace trace, DescriptorInjection i) {
        if (!frames.exists(i.table())) {
            throw new IllegalArgumentException("cannot inject " + i + ": frame " + Hex.of(i.table().value()) + " is not allocated then");
        }
        long old = frames.peek(i.table(), i.index());
        trace.enter(FRAME);
        trace.enter("level " + i.level());   // as Xen's walkers name the level, so every reader decodes the entry at it
        trace.record(EventKind.FAULT_INJECTION, Trace.entryRef(i.table().value(), i.index()), old, i.value(), i.what());
        frames.write(i.table(), i.index(), i.value());
        trace.leave();
        trace.leave();
    }
}
