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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.Trace;

/**
 * Issue 4: populating a 64 GiB guest (16 Mi pages) with the trace off, 4 KiB mappings only
 * (mem-access on, so p2m_set_entry maps page by page) and with superpages allowed, against writing
 * the 4 KiB descriptors of the same guest into a raw long[]. Each run starts from a fresh machine.
 * Each method returns how many mappings the p2m (or the image) holds, for the smoke test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 4)
@Measurement(iterations = 5)
public class PopulateBenchmark {
    @Param("16777216")
    public long pages;

    /** Baseline: the same 4 KiB descriptors (and their table descriptors) written into a raw long[]. */
    @Benchmark
    public long rawDescriptors4k() {
        return RawP2mImage.fourKiB(BenchHost.RAM_BASE, pages, new Mfn(0x80000)).pages;
    }

    /** For information: only the frame-store reads and writes of the 4 KiB populate's walks (see FrameStoreWalks). */
    @Benchmark
    public long frameStoreWalks4k() {
        return FrameStoreWalks.populate(BenchHost.RAM_BASE, pages, new Mfn(0x80000));
    }

    /** populate_physmap with mem-access on: 1 GiB extents of RAM, each mapped 4 KiB by 4 KiB. */
    @Benchmark
    public long populate4k() {
        return new BenchHost(Trace.off(), "mem-access=on").populate(pages).guest.p2m().mappings(3);
    }

    /** populate_physmap as the guest gets it: 1 GiB extents mapped as 1 GiB blocks; returns the 4 KiB pages they cover. */
    @Benchmark
    public long populateSuperpages() {
        BenchHost host = new BenchHost(Trace.off()).populate(pages);
        return (host.guest.p2m().mappings(1) << 18) + (host.guest.p2m().mappings(2) << 9) + host.guest.p2m().mappings(3);
    }
}
