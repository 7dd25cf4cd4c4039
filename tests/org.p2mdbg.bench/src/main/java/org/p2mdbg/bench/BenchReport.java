package org.p2mdbg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.trace.TraceCursor;

/**
 * Runs the benchmarks (JMH options from the command line after the output file) and writes the
 * results file: the machine, every score, and each issue-4 goal with its measured ratio, computed
 * from the means and from the best iterations (the machine is shared, so the best shows the code
 * and the mean shows the day). Usage: {@code java -cp benchmarks.jar org.p2mdbg.bench.BenchReport
 * RESULTS.md [JMH options]}.
 */
public final class BenchReport {
    private BenchReport() {}

    /** One goal: a measured value (a ratio of two benchmarks, or one benchmark scaled) and its limit (NaN: a measure shown for information, with no limit). */
    private record Goal(String what, String numerator, String denominator, double scale, double limit, String unit) {}

    private static final Goal[] GOALS = {
        new Goal("populate 4 KiB pages vs raw descriptors", "PopulateBenchmark.populate4k", "PopulateBenchmark.rawDescriptors4k", 1, 4, "×"),
        new Goal("for information: the same on a pre-touched heap (the raw baseline pays no first touch)", "WarmHeapPopulateBenchmark.populate4k", "WarmHeapPopulateBenchmark.rawDescriptors4k", 1, Double.NaN, "×"),
        new Goal("for information: only the frame-store accesses of the 4 KiB populate's walks vs raw descriptors", "PopulateBenchmark.frameStoreWalks4k", "PopulateBenchmark.rawDescriptors4k", 1, Double.NaN, "×"),
        new Goal("populate with superpages vs raw 4 KiB descriptors", "PopulateBenchmark.populateSuperpages", "PopulateBenchmark.rawDescriptors4k", 1, 1.5, "×"),
        new Goal("populate recording every event vs trace off", "RecordingBenchmark.populate4kRecorded", "RecordingBenchmark.populate4kUntraced", 1, 2, "×"),
        new Goal("for information: recording as many events alone (no emulation) vs trace off", "RecordingBenchmark.recordEventsOnly", "RecordingBenchmark.populate4kUntraced", 1, Double.NaN, "×"),
        new Goal("translate every gfn (Walker.translateRange, peek) vs raw scan", "TranslateBenchmark.translateRangeEveryGfn", "TranslateBenchmark.scanRawDescriptors", 1, 2, "×"),
        new Goal("for information: p2m_get_entry of each gfn from the root vs raw scan", "TranslateBenchmark.getEntryEveryGfn", "TranslateBenchmark.scanRawDescriptors", 1, Double.NaN, "×"),
        new Goal("for information: Walker.walk of each gfn from the root vs raw scan", "TranslateBenchmark.walkEveryGfn", "TranslateBenchmark.scanRawDescriptors", 1, Double.NaN, "×"),
        new Goal("one jump to a random event (half of there and back)", "TraceBenchmark.seekToRandomEventAndBack", null, 0.5, 100, "ms"),
        new Goal("one jump end → event 0 (half of there and back)", "TraceBenchmark.seekToStartAndBack", null, 0.5, 100, "ms"),
        new Goal("BreakScanner.next over the whole trace", "TraceBenchmark.breakScannerNextOverWholeTrace", null, 1, 10_000, "ms"),
        new Goal("RuleChecker.checkAll over the whole trace", "TraceBenchmark.ruleCheckerCheckAll", null, 1, 10_000, "ms"),
        new Goal("issue 6: EMF model of 64 GiB, open one path", "LazyModelBenchmark.openOnePath", null, 1, 200, "ms"),
    };

    public static void main(String[] args) throws IOException, RunnerException, CommandLineOptionException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: BenchReport RESULTS.md [JMH options]");
        }
        String[] jmhArgs = new String[args.length - 1];
        System.arraycopy(args, 1, jmhArgs, 0, jmhArgs.length);
        String loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(new OptionsBuilder().parent(new CommandLineOptions(jmhArgs)).build()).run();
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), r);
        }
        RecordedRun run = new RecordedRun(589824);
        // the keyframes a cursor keeps once it has passed over the whole trace
        TraceCursor cursor = new TraceCursor(run.trace, run.host.machine.frames());
        cursor.seek(0);
        cursor.toEnd();
        Files.writeString(Path.of(args[0]), report(byName, run.trace, cursor.keyframeBytes(), String.join(" ", jmhArgs), loadBefore),
                StandardCharsets.UTF_8);
    }

    private static String report(Map<String, RunResult> results, Trace trace, long keyframeBytes, String options, String loadBefore)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results\n\n");
        out.append("Written by `releng/bench.sh` (JMH options: `").append(options.isEmpty() ? "defaults" : options).append("`).\n\n");
        out.append("* date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        String commit = System.getProperty("p2mdbg.bench.commit");
        if (commit != null && !commit.isBlank()) {
            out.append("* commit: ").append(commit).append('\n');
        }
        out.append("* CPU: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" processors (nproc)\n");
        out.append("* JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version")).append('\n');
        out.append("* load average (1, 5, 15 min) before: ").append(loadBefore).append(", after: ").append(loadAverage())
                .append(" (anything above 0 is other work sharing these cores)\n\n");

        out.append("## Goals of issue 4\n\n");
        out.append("| goal | limit | mean | best | met (mean / best) |\n|---|---|---|---|---|\n");
        for (Goal g : GOALS) {
            Optional<double[]> v = value(results, g);
            if (v.isEmpty()) {
                continue;
            }
            double mean = v.get()[0];
            double best = v.get()[1];
            boolean informative = Double.isNaN(g.limit());   // a measure shown beside the goals, with no limit of its own
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", g.what(), informative ? "—" : "≤ " + number(g.limit()) + " " + g.unit(),
                    number(mean) + " " + g.unit(), number(best) + " " + g.unit(),
                    informative ? "—" : (mean <= g.limit() ? "yes" : "no") + " / " + (best <= g.limit() ? "yes" : "no")));
        }
        double perEvent = (double) (trace.columnBytes() + trace.sideBytes()) / trace.size();
        out.append(String.format(Locale.ROOT, "| trace memory per event (%,d events) | ≤ 32 B | %.1f B | %.1f B | %s / %s |%n",
                trace.size(), perEvent, perEvent, perEvent <= 32 ? "yes" : "no", perEvent <= 32 ? "yes" : "no"));
        double keyframesPerEvent = (double) keyframeBytes / trace.size();
        out.append(String.format(Locale.ROOT, "| the cursor's keyframes after one pass (beside the trace) | — | %.1f B | %.1f B | — |%n",
                keyframesPerEvent, keyframesPerEvent));

        out.append("\n## Every benchmark\n\n");
        out.append("| benchmark | pages | mode | mean | ± (99.9%) | best | unit |\n|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, RunResult> e : results.entrySet()) {
            RunResult r = e.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", e.getKey(), r.getParams().getParam("pages"),
                    r.getParams().getMode().shortLabel(), number(r.getPrimaryResult().getScore()), number(r.getPrimaryResult().getScoreError()),
                    number(r.getPrimaryResult().getStatistics().getMin()), r.getPrimaryResult().getScoreUnit()));
        }
        out.append(String.format(Locale.ROOT, "%nTrace footprint: %,d events, columns %,d bytes, side maps (bookkeeping log included) %,d bytes;"
                + " a cursor's keyframes %,d bytes.%n", trace.size(), trace.columnBytes(), trace.sideBytes(), keyframeBytes));
        return out.toString();
    }

    /** {mean, best} of the goal's measure; empty when a benchmark it needs did not run. */
    private static Optional<double[]> value(Map<String, RunResult> results, Goal g) {
        RunResult n = results.get(g.numerator());
        RunResult d = g.denominator() == null ? null : results.get(g.denominator());
        if (n == null || (g.denominator() != null && d == null)) {
            return Optional.empty();
        }
        double mean = n.getPrimaryResult().getScore() * g.scale();
        double best = n.getPrimaryResult().getStatistics().getMin() * g.scale();
        if (d != null) {
            mean /= d.getPrimaryResult().getScore();
            best /= d.getPrimaryResult().getStatistics().getMin();
        }
        return Optional.of(new double[] {mean, best});
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return "unknown CPU";
        }
        return Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        if (!Files.exists(load)) {
            return "unknown";
        }
        String[] averages = Files.readString(load).trim().split(" ");
        return averages[0] + " " + averages[1] + " " + averages[2];
    }
}
