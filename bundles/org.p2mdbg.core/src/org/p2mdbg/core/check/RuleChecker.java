package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Runs the rule checks over a trace in one forward pass. Each event is shown to the checks that
 * want its kind, with the machine state just before it, and then applied to that state; the work
 * per event is constant apart from what a finding costs, so checking is linear in the trace length.
 * The trace must have been recorded since the frame store was created (the Machine attaches its
 * trace at construction): frames and tables are rebuilt from the events alone, and the real frame
 * store is never moved.
 */
public final class RuleChecker {
    private RuleChecker() {}

    /** Every rule; findings in event order. */
    public static List<Finding> checkAll(Trace trace, CheckContext context) {
        return check(trace, context, EnumSet.allOf(Rule.class));
    }

    /** The given rules only; findings in event order. */
    public static List<Finding> check(Trace trace, CheckContext context, Set<Rule> rules) {
        List<Check> checks = new ArrayList<>();
        for (Check c : List.of(new BreakBeforeMakeCheck(), new StaleTlbCheck(), new StaleIotlbCheck(), new UseAfterFreeCheck(),
                new RelinquishedEntryAccessCheck(), new LeakedReferenceCheck(), new TableLeakCheck(), new VlptMisreadCheck())) {
            if (rules.contains(c.rule())) {
                checks.add(c);
            }
        }
        EventKind[] kinds = EventKind.values();
        Check[][] byKind = new Check[kinds.length][];
        for (EventKind k : kinds) {
            byKind[k.ordinal()] = checks.stream().filter(c -> c.kinds().contains(k)).toArray(Check[]::new);
        }
        CheckState state = new CheckState(trace, context);
        long size = trace.size();
        for (long e = 0; e < size; e++) {
            EventKind kind = trace.kind(e);
            for (Check c : byKind[kind.ordinal()]) {
                c.observe(e, state);
            }
            state.apply(e, kind);
        }
        if (size > 0) {
            for (Check c : checks) {
                c.finish(state);
            }
        }
        List<Finding> findings = new ArrayList<>(state.findings());
        findings.sort(Comparator.comparingLong(Finding::event));
        return findings;
    }
}
