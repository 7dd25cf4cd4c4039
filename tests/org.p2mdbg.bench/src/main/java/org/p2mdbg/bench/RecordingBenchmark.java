package org.p2mdbg.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Issue 4: what recording every event costs. The same 4 KiB populate (mem-access on) with the
 * trace off and with it recording; 1 Mi pages (4 GiB), whose trace of about 6 M events fits the
 * benchmark heap (16 Mi pages would need gigabytes). Returns the mappings made plus the events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the heap is touched before the first shot: a recorded shot writes ~200 MB of trace, and without
// it the shots of a fresh fork also pay the kernel's first touch of each page (99 to ~200 ms),
// which a long-running product JVM pays once, not per recording
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
// the untraced run needs about 12 shots before its loop is compiled (159, 69, 45, 43 ... 34 ms)
@Warmup(iterations = 15)
// a shot takes 30-100 ms and one slow untraced shot moved the ratio of three by half (1.8x to 4.6x
// between runs): ten shots a benchmark
@Measurement(iterations = 10)
public class RecordingBenchmark {
    @Param("1048576")
    public long pages;

    /** How many events the recorded populate makes: what {@link #recordEventsOnly()} records. */
    long events;

    @Setup
    public void countEvents() {
        events = new BenchHost(new Trace(), "mem-access=on").populate(pages).machine.trace().size();
    }

    @Benchmark
    public long populate4kUntraced() {
        return run(Trace.off());
    }

    @Benchmark
    public long populate4kRecorded() {
        return run(new Trace());
    }

    /**
     * For information, the floor of the recording goal: a trace given as many events as the
     * recorded populate makes, in the populate's mix (per page an allocation, a reference, three
     * descriptor reads and a write) and with no emulation at all. Its columns alone (28 bytes an
     * event, in fresh arrays the JVM zeroes first) take about as long as the whole untraced run.
     */
    @Benchmark
    public long recordEventsOnly() {
        Trace trace = new Trace();
        trace.beginOperation("populate");
        trace.enter("populate_physmap");
        long table = 0x40004;
        for (long page = 0; trace.size() < events; page++) {
            long mfn = 0x80000 + page;
            int index = (int) (page & 511);
            trace.frameAlloc(mfn, FrameKind.GUEST_RAM, 1, false, mfn);
            trace.refGet(mfn, 1);
            trace.pteRead(0x40000, 1, table << 12 | 3);
            trace.pteRead(0x40003, 0, table << 12 | 3);
            trace.pteRead(table, index, 0);
            trace.pteWrite(table, index, 0, mfn << 12 | 0x7ff);
        }
        return trace.size();
    }

    private long run(Trace trace) {
        BenchHost host = new BenchHost(trace, "mem-access=on").populate(pages);
        return host.guest.p2m().mappings(3) + trace.size();
    }
}
