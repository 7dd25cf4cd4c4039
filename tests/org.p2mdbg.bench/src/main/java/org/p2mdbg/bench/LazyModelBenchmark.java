package org.p2mdbg.bench;

import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
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

import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/**
 * Issue 6: the lazy EMF model of a 64 GiB guest mapped 4 KiB by 4 KiB (16 Mi level-3 entries)
 * opens and expands one path in under 200 ms with fewer than 10 000 objects. Each invocation makes
 * a fresh model of the populated machine and opens the guest's first valid root entry, its first
 * level-2 entry, that level-3 table (512 descriptors) and the fields of its first page, as the Page
 * Tables view does; it returns the number of EObjects made. The model bundle is compiled by Tycho;
 * this plain Maven module uses its jar and EMF's from Maven Central (the same versions as the target).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LazyModelBenchmark {
    @Param("16777216")
    public long pages;

    private Machine machine;

    @Setup(Level.Trial)
    public void populate() {
        machine = new BenchHost(Trace.off(), "mem-access=on").populate(pages).machine;
    }

    @Benchmark
    public int openOnePath() {
        LiveMachine model = ModelBuilder.build(machine);
        Table root = model.getDomains().get(0).getP2m().getTables().get(0);
        Table level3 = root.getDescriptors().get(0).getChild().getDescriptors().get(0).getChild();
        level3.getDescriptors().get(0).getFields();
        return count(model);
    }

    /** The EObjects below a root; eAllContents makes none that were not made. */
    static int count(EObject root) {
        int n = 0;
        for (var it = root.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
