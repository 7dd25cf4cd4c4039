package org.p2mdbg.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.p2mdbg.core.check.RuleChecker;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.core.trace.BreakScanner;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.TraceCursor;

/**
 * Issue 4: working on a recorded trace of over 10 M events (see {@link RecordedRun}): jumping from
 * the end to a random event and back, running to a breakpoint that never fires (the whole trace is
 * scanned), and checking every rule.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TraceBenchmark {
    @Param("589824")
    public long pages;

    RecordedRun run;
    TraceCursor cursor;
    private SplittableRandom random;
    private BreakScanner scanner;
    private List<BreakCondition> neverHolds;

    @Setup(Level.Trial)
    public void record() {
        run = new RecordedRun(pages);
        cursor = new TraceCursor(run.trace, run.host.machine.frames());
        random = new SplittableRandom(4);
        scanner = new BreakScanner(run.trace, run.locators());
        // no FINDING events are recorded, and nothing below guest RAM is ever written
        neverHolds = List.of(new BreakCondition.OnKind(EventKind.FINDING),
                new BreakCondition.OnWrite(BenchHost.GUEST_ID, 0, BenchHost.RAM_BASE.value() - 1));
    }

    /** TraceCursor.seek from the end to a random event, then back to the end (two jumps); returns the event jumped to. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public long seekToRandomEventAndBack() {
        long target = random.nextLong(run.trace.size() + 1);
        cursor.seek(target);
        cursor.toEnd();
        return target;
    }

    /** The longest jump: to event 0 (nothing allocated yet) and back to the end; returns the events crossed each way. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public long seekToStartAndBack() {
        cursor.seek(0);
        cursor.toEnd();
        return run.trace.size();
    }

    /** BreakScanner.next from event 0 with conditions that hold nowhere: -1 after the whole trace. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public long breakScannerNextOverWholeTrace() {
        return scanner.next(0, neverHolds);
    }

    /** RuleChecker.checkAll over the whole trace; returns the number of findings. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public long ruleCheckerCheckAll() {
        return RuleChecker.checkAll(run.trace, run.context).size();
    }
}
