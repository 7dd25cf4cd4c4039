package org.p2mdbg.core.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;

/**
 * Runs one scenario under several algorithm variants: once per combination of option values, each
 * winning over the scenario's own option lines. The CLI's {@code compare} and the IDE's Compare
 * chart both run it, so their numbers are the same by construction.
 */
public final class StrategyComparison {
    private StrategyComparison() {}

    /** Every combination of one value per option, as option overrides, the last option varying fastest. */
    public static List<Map<String, String>> combinations(Map<String, List<String>> values) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> option : values.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : option.getValue()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(option.getKey(), value);
                    next.add(combination);
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * Runs the scenario with one combination, statement by statement, asking {@code cancelled}
     * before each statement (so a long relinquish in the IDE stops promptly).
     *
     * @throws CancellationException when {@code cancelled} said so
     * @throws org.p2mdbg.core.scenario.ScenarioException when the scenario cannot run with these options
     * @throws IllegalArgumentException for an option value the machine refuses
     */
    public static ComparedRun run(Scenario scenario, Map<String, String> combination, BooleanSupplier cancelled) {
        ScenarioRunner runner = ScenarioRunner.start(scenario, combination);
        while (runner.hasNext()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the comparison was cancelled");
            }
            runner.step();
        }
        return ComparedRun.of(combination, runner.result());
    }
}
