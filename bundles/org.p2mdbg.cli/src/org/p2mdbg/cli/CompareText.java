package org.p2mdbg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.compare.ComparedRun;

/**
 * The table of {@code compare}: one column per run, headed by its option values (one header line
 * per option), then the events, the errors, every cost and every rule's finding count, one row each.
 */
final class CompareText {
    private final PrintWriter out;
    private final List<ComparedRun> runs;
    private final int nameWidth;
    private final int columnWidth;

    private CompareText(PrintWriter out, List<ComparedRun> runs) {
        this.out = out;
        this.runs = runs;
        this.nameWidth = nameWidth(runs);
        this.columnWidth = columnWidth(runs);
    }

    static void print(String scenario, OptionGrid grid, List<ComparedRun> runs, PrintWriter out) {
        out.printf("scenario %s: %d runs%n", scenario, runs.size());
        CompareText table = new CompareText(out, runs);
        for (String option : grid.values().keySet()) {
            table.row("", r -> option + "=" + r.options().get(option));
        }
        table.row("events", r -> Long.toString(r.events()));
        table.row("errors", r -> Integer.toString(r.errors()));
        out.println("costs");
        for (String name : runs.get(0).costs().keySet()) {
            table.row("  " + name, r -> Long.toString(r.costs().get(name)));
        }
        out.println("findings");
        for (Rule rule : Rule.values()) {
            table.row("  " + rule.name(), r -> Integer.toString(r.findings().get(rule)));
        }
    }

    private void row(String name, Function<ComparedRun, String> cell) {
        out.print(String.format("%-" + nameWidth + "s", name));
        for (ComparedRun r : runs) {
            out.print(String.format("%" + columnWidth + "s", cell.apply(r)));
        }
        out.println();
    }

    /** The longest row name: a cost or a rule indented by two. */
    private static int nameWidth(List<ComparedRun> runs) {
        int width = "events".length();
        for (String cost : runs.get(0).costs().keySet()) {
            width = Math.max(width, 2 + cost.length());
        }
        for (Rule rule : Rule.values()) {
            width = Math.max(width, 2 + rule.name().length());
        }
        return width;
    }

    /** Wide enough for every header and number, with two spaces between columns. */
    private static int columnWidth(List<ComparedRun> runs) {
        int width = 0;
        for (ComparedRun r : runs) {
            for (Map.Entry<String, String> o : r.options().entrySet()) {
                width = Math.max(width, o.getKey().length() + 1 + o.getValue().length());
            }
            width = Math.max(width, Long.toString(r.events()).length());
            for (long c : r.costs().values()) {
                width = Math.max(width, Long.toString(c).length());
            }
        }
        return width + 2;
    }
}
