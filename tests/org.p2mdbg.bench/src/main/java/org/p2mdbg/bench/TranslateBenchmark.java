package org.p2mdbg.bench;

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
import org.openjdk.jmh.infra.Blackhole;

import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.TableReader;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm.P2m;
import org.p2mdbg.core.xen.arm.P2mEntry;

/**
 * Issue 4: translating every GFN of a 64 GiB guest mapped 4 KiB by 4 KiB, through p2m_get_entry
 * (trace off), through the side-effect-free Walker reading with FrameStore::peek (a walk from the
 * root per GFN, and Walker.translateRange with the store's reader of runs, which reads each table
 * once for a range), against one
 * sequential scan of the raw descriptors. Each method returns how many GFNs were mapped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 4)
@Measurement(iterations = 3)
public class TranslateBenchmark {
    @Param("16777216")
    public long pages;

    private P2m p2m;
    private FrameStore frames;
    private WalkRequest root;
    private RawP2mImage raw;

    @Setup(Level.Trial)
    public void populate() {
        BenchHost host = new BenchHost(Trace.off(), "mem-access=on").populate(pages);
        p2m = host.guest.p2m();
        frames = host.machine.frames();
        root = p2m.walkRequest();
        raw = RawP2mImage.fourKiB(BenchHost.RAM_BASE, pages, new Mfn(0x80000));
    }

    /** Baseline: one sequential pass over the raw leaf descriptors. */
    @Benchmark
    public long scanRawDescriptors(Blackhole sink) {
        long[] mfnSum = new long[1];
        long mapped = raw.scanLeaves(mfnSum);
        sink.consume(mfnSum[0]);
        return mapped;
    }

    /** p2m_lookup of every GFN (the read lock, p2m_get_entry from the root). */
    @Benchmark
    public long getEntryEveryGfn(Blackhole sink) {
        long mapped = 0;
        long sum = 0;
        long first = BenchHost.RAM_BASE.value();
        for (long g = first; g < first + pages; g++) {
            P2mEntry e = p2m.getEntry(new Gfn(g));
            if (e.mfn().isValid()) {
                mapped++;
                sum += e.mfn().value();
            }
        }
        sink.consume(sum);
        return mapped;
    }

    /** Walker.translateRange over every GFN, 4096 at a time (what a view of an address range does). */
    @Benchmark
    public long translateRangeEveryGfn(Blackhole sink) {
        long mapped = 0;
        long sum = 0;
        long first = BenchHost.RAM_BASE.value();
        long[] out = new long[4096];
        TableReader reader = TableReader.untraced(frames);
        for (long g = first; g < first + pages; g += out.length) {
            Walker.translateRange(reader, root, g, out);
            int n = (int) Math.min(out.length, first + pages - g);
            for (int i = 0; i < n; i++) {
                if (out[i] != -1) {
                    mapped++;
                    sum += out[i];
                }
            }
        }
        sink.consume(sum);
        return mapped;
    }

    /** Walker.walk of every GFN reading through frames()::peek (what the views and the CLI translate do). */
    @Benchmark
    public long walkEveryGfn(Blackhole sink) {
        long mapped = 0;
        long sum = 0;
        long first = BenchHost.RAM_BASE.value();
        for (long g = first; g < first + pages; g++) {
            WalkResult w = Walker.walk(frames::peek, root, g);
            if (w.isMapped()) {
                mapped++;
                sum += w.output().value();
            }
        }
        sink.consume(sum);
        return mapped;
    }
}
