package org.p2mdbg.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.DomainSummary;
import org.p2mdbg.core.scenario.OperationError;
import org.p2mdbg.core.scenario.RunResult;

/** The readable summary of {@code run}: counts, costs, findings, errors, domains, checkpoints. */
final class RunText {
    private RunText() {}

    static void print(RunResult r, PrintWriter out) {
        out.printf("scenario %s: %d operations, %d events%n", RunJson.fileName(r.scenario().name()), r.operations(), r.events());
        out.println();
        out.println("costs");
        for (Map.Entry<String, Long> c : r.costs().entrySet()) {
            out.printf("  %-24s %12d%n", c.getKey(), c.getValue());
        }
        out.println();
        out.println("findings" + (r.findings().isEmpty() ? ": none" : " (" + r.findings().size() + ")"));
        for (Finding f : r.findings()) {
            out.printf("  %s at event %d: %s%n", f.rule().name(), f.event(), f.message());
        }
        out.println("errors" + (r.errors().isEmpty() ? ": none" : " (" + r.errors().size() + ")"));
        for (OperationError e : r.errors()) {
            out.printf("  operation %d (%s): %s returned %s, %s: %s%n", e.operation(), r.trace().operationName(e.operation()),
                    e.function(), e.code(), e.check(), e.message());
        }
        out.println();
        out.printf("%-12s %6s %-10s %12s %18s %18s %7s %9s%n", "domain", "id", "state", "mapped_pages", "lowest_mapped_gfn",
                "max_mapped_gfn", "tables", "refs_held");
        for (DomainSummary d : r.domains()) {
            out.printf("%-12s %6d %-10s %12d %18s %18s %7d %9d%n", d.name(), d.id(), d.state().scenarioName(), d.mappedPages(),
                    Hex.of(d.lowestMappedGfn().value()), Hex.of(d.maxMappedGfn().value()), d.tables(), d.refsHeld());
        }
        if (!r.checkpoints().isEmpty()) {
            out.println();
            out.println("checkpoints");
            r.checkpoints().forEach((name, event) -> out.printf("  %-24s event %d%n", name, event));
        }
    }
}
