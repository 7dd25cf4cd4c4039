package org.p2mdbg.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.scenario.ast.OptionStatement;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.Statement;
import org.p2mdbg.core.x86pv.PvExitStrategy;
import org.p2mdbg.core.xen.arm.pt.XenPtVariant;

/**
 * The algorithm variants worth comparing: which strategy options a scenario sets, and the values
 * each option can take (a preemption policy is open-ended, so it is offered a few typical ones).
 */
public final class StrategyChoices {
    /** The options that choose an algorithm (not a host property), in the order offered. */
    public static final List<String> OPTIONS = List.of("relinquish", "preempt", "xen-pt", "iommu-flush", "pv-exit");

    private StrategyChoices() {}

    /** The values offered for an option (empty for an option that picks no algorithm). */
    public static List<String> values(String option) {
        return switch (option) {
            case "relinquish" -> Arrays.stream(RelinquishStrategy.values()).map(RelinquishStrategy::scenarioName).toList();
            case "preempt" -> List.of("never", "every:2", "every:16", "always");
            case "xen-pt" -> Arrays.stream(XenPtVariant.values()).map(XenPtVariant::scenarioName).toList();
            case "iommu-flush" -> List.of("per-page", "accumulate", "caller");
            case "pv-exit" -> Arrays.stream(PvExitStrategy.values()).map(PvExitStrategy::scenarioName).toList();
            default -> List.of();
        };
    }

    /**
     * The strategy options to offer for a scenario: those its option lines set, first, then the
     * others, so the option the scenario is about comes first.
     */
    public static List<String> offered(Scenario scenario) {
        List<String> out = new ArrayList<>();
        for (Statement s : scenario.statements()) {
            if (s instanceof OptionStatement o && OPTIONS.contains(o.name()) && !out.contains(o.name())) {
                out.add(o.name());
            }
        }
        for (String o : OPTIONS) {
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }
}
