package org.p2mdbg.cli;

import java.util.Map;

import org.p2mdbg.core.scenario.RunResult;

/**
 * A place in a run's trace as the user names it: a checkpoint of the scenario, or {@code @start},
 * {@code @end}, {@code @N} (after N events). The '@' keeps these apart from checkpoint names, which
 * start with a letter.
 *
 * @param position how many events have happened there
 */
record TracePosition(String name, long position) {
    static TracePosition parse(String spec, RunResult r) {
        long size = r.events();
        if (spec.equals("@start")) {
            return new TracePosition(spec, 0);
        }
        if (spec.equals("@end")) {
            return new TracePosition(spec, size);
        }
        if (spec.startsWith("@")) {
            long n;
            try {
                n = Long.parseLong(spec.substring(1));
            } catch (NumberFormatException e) {
                throw new BadInputException("expected @start, @end or @N (a number of events), found '" + spec + "'");
            }
            if (n < 0 || n > size) {
                throw new BadInputException("expected a position from @0 to @" + size + " (the trace has " + size + " events), found '" + spec + "'");
            }
            return new TracePosition(spec, n);
        }
        Map<String, Long> checkpoints = r.checkpoints();
        Long p = checkpoints.get(spec);
        if (p == null) {
            throw new BadInputException("no checkpoint '" + spec + "' in the scenario (known: "
                    + (checkpoints.isEmpty() ? "none" : String.join(", ", checkpoints.keySet())) + "; or @start, @end, @N)");
        }
        return new TracePosition(spec, p);
    }

    @Override public String toString() { return name + " (after " + position + " events)"; }
}
