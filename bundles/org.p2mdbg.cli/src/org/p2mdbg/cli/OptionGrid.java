package org.p2mdbg.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.compare.StrategyComparison;
import org.p2mdbg.core.machine.Options;

/**
 * The option values {@code compare} runs a scenario with: each {@code --option NAME=V1,V2,...} names
 * one option and its values, checked with the machine's own option messages; the runs are every
 * combination of them, the first option varying slowest.
 */
final class OptionGrid {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Parses the {@code --option} arguments; anything the machine would refuse is a BadInputException. */
    static OptionGrid parse(List<String> arguments) {
        OptionGrid grid = new OptionGrid();
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--option: expected NAME=V1,V2,..., found '" + argument + "'");
            }
            String name = argument.substring(0, eq);
            if (grid.values.containsKey(name)) {
                throw new BadInputException("--option: expected each option once, found " + name + " again (put all its values in one list)");
            }
            List<String> list = new ArrayList<>();
            for (String value : argument.substring(eq + 1).split(",", -1)) {
                if (list.contains(value)) {
                    throw new BadInputException("--option: expected each value of " + name + " once, found " + value + " again");
                }
                try {
                    new Options().set(name, value);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--option: " + e.getMessage(), e);
                }
                list.add(value);
            }
            grid.values.put(name, List.copyOf(list));
        }
        if (grid.values.isEmpty()) {
            throw new BadInputException("compare: expected at least one --option NAME=V1,V2,... to compare, found none");
        }
        return grid;
    }

    /** The options and their values, in the order given. */
    Map<String, List<String>> values() { return values; }

    /** Every combination of one value per option, as option overrides, the last option varying fastest. */
    List<Map<String, String>> combinations() { return StrategyComparison.combinations(values); }
}
