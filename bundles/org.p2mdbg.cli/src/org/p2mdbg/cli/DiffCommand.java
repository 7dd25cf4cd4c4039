package org.p2mdbg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.p2mdbg.core.diff.EntryChange;
import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.diff.TreeDifference;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.store.Session;
import org.p2mdbg.core.trace.TraceCursor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code p2mdbg diff FILE --from A --to B [--domain D] [--summary] [--json]}: runs the scenario,
 * moves the trace cursor to each of two positions (checkpoints, or @start / @end / @N) and prints
 * how every table tree differs between them: entries added, removed and changed (old → new,
 * decoded), by level and input address, and the table frames allocated and freed in between.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Shows how the page tables differ between two checkpoints of a scenario.")
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--from", required = true, paramLabel = "CHECKPOINT", description = "a checkpoint, @start, @end or @N (after N events)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "CHECKPOINT", description = "a checkpoint, @start, @end or @N (after N events)")
    String to;

    @Option(names = "--domain", paramLabel = "D", description = "only this domain's p2m (or xen: Xen's own tables)")
    String domain;

    @Option(names = "--summary", description = "print the counts only, not each entry")
    boolean summary;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override public Integer call() throws IOException {
        Session session = input.load();
        RunResult r = session.result();
        TracePosition a = TracePosition.parse(from, r);
        TracePosition b = TracePosition.parse(to, r);
        List<TableTree> trees = domain == null ? TableTree.of(r) : List.of(TableTreeArgument.named(r, domain));
        List<TreeDifference> diffs = TreeDifference.between(r, new TraceCursor(r.trace(), r.machine().frames()), trees, a.position(),
                b.position());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(r, a, b, diffs)));
        } else {
            text(out, r, a, b, diffs);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void text(PrintWriter out, RunResult r, TracePosition a, TracePosition b, List<TreeDifference> diffs) {
        out.printf("%s: from %s to %s%n", RunJson.fileName(r.scenario().name()), a, b);
        if (diffs.isEmpty()) {
            out.println("no page tables: the scenario built none");
        }
        for (TreeDifference d : diffs) {
            TableTree t = d.tree();
            out.println();
            out.printf("%s (root mfn %s, level %d, %d page%s)%s%n", t.title(), t.root().mfn(), t.root().level(), t.root().pages(),
                    t.root().pages() == 1 ? "" : "s", presence(d));
            if (d.changes().isEmpty() && d.allocated().isEmpty() && d.freed().isEmpty()) {
                out.println("  no change");
                continue;
            }
            out.printf("  %d added, %d removed, %d changed; %d table%s allocated, %d freed%n", d.count("added"), d.count("removed"),
                    d.count("changed"), d.allocated().size(), d.allocated().size() == 1 ? "" : "s", d.freed().size());
            if (summary) {
                continue;
            }
            for (EntryChange c : d.changes()) {
                out.printf("  %-7s level %d  %-28s %s%n", c.kind(), c.level(), frames(t, c), change(t, c));
            }
            if (!d.allocated().isEmpty()) {
                out.println("  tables allocated: " + String.join(", ", d.allocated().stream().map(Hex::of).toList()));
            }
            if (!d.freed().isEmpty()) {
                out.println("  tables freed: " + String.join(", ", d.freed().stream().map(Hex::of).toList()));
            }
        }
    }

    private static String presence(TreeDifference d) {
        if (d.presentBefore() == d.presentAfter()) {
            return d.presentBefore() ? "" : ": absent at both";
        }
        return d.presentAfter() ? ": created in between" : ": torn down in between";
    }

    private static String frames(TableTree t, EntryChange c) {
        String first = t.frameName() + " " + Hex.of(c.firstFrame());
        return c.frames() == 1 ? first : first + ".." + Hex.of(c.firstFrame() + c.frames() - 1);
    }

    private static String change(TableTree t, EntryChange c) {
        String was = DescriptorText.brief(c.before(), c.level(), t.stage());
        String is = DescriptorText.brief(c.after(), c.level(), t.stage());
        return switch (c.kind()) {
            case "added" -> is;
            case "removed" -> was;
            default -> was + " -> " + is;
        };
    }

    private ObjectNode json(RunResult r, TracePosition a, TracePosition b, List<TreeDifference> diffs) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("scenario", RunJson.fileName(r.scenario().name()));
        o.putObject("from").put("name", a.name()).put("position", a.position());
        o.putObject("to").put("name", b.name()).put("position", b.position());
        ArrayNode trees = o.putArray("trees");
        for (TreeDifference d : diffs) {
            TableTree t = d.tree();
            ObjectNode n = trees.addObject();
            n.put("name", t.name());
            n.put("tables", t.isXen() ? "xen" : "p2m");
            n.put("root", Hex.of(t.root().mfn().value()));
            n.put("present_before", d.presentBefore());
            n.put("present_after", d.presentAfter());
            n.put("added", d.count("added"));
            n.put("removed", d.count("removed"));
            n.put("changed", d.count("changed"));
            if (!summary) {
                ArrayNode entries = n.putArray("entries");
                for (EntryChange c : d.changes()) {
                    ObjectNode e = entries.addObject();
                    e.put("change", c.kind());
                    e.put("level", c.level());
                    e.put(t.frameName(), Hex.of(c.firstFrame()));
                    e.put("frames", c.frames());
                    e.put("old", String.format("0x%016x", c.before()));
                    e.put("new", String.format("0x%016x", c.after()));
                    e.put("old_decoded", DescriptorText.brief(c.before(), c.level(), t.stage()));
                    e.put("new_decoded", DescriptorText.brief(c.after(), c.level(), t.stage()));
                    e.put("old_kind", Lpae.describe(c.before(), c.level()));
                    e.put("new_kind", Lpae.describe(c.after(), c.level()));
                }
            }
            ArrayNode allocated = n.putArray("tables_allocated");
            d.allocated().forEach(m -> allocated.add(Hex.of(m)));
            ArrayNode freed = n.putArray("tables_freed");
            d.freed().forEach(m -> freed.add(Hex.of(m)));
        }
        return o;
    }
}
