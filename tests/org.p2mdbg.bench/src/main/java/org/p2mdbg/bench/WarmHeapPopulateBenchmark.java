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

/**
 * For information beside {@link PopulateBenchmark}: its 4 KiB populate and its raw baseline again,
 * in a fork whose heap is touched before the first shot, as {@link RecordingBenchmark}'s is. On a
 * fresh heap the raw baseline's 128 MB array also pays the kernel's first touch of each page
 * (about half of its time on the project's machine); here it does not, so this ratio is the
 * harder one. Both settings are reported so that neither is picked for the ratio it gives.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4)
@Measurement(iterations = 5)
public class WarmHeapPopulateBenchmark {
    @Param("16777216")
    public long pages;

    private final PopulateBenchmark same = new PopulateBenchmark();

    @Benchmark
    public long rawDescriptors4k() {
        same.pages = pages;
        return same.rawDescriptors4k();
    }

    @Benchmark
    public long populate4k() {
        same.pages = pages;
        return same.populate4k();
    }
}
