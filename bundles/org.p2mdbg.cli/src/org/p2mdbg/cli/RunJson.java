package org.p2mdbg.cli;

import java.util.Map;

import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.DomainSummary;
import org.p2mdbg.core.scenario.OperationError;
import org.p2mdbg.core.scenario.RunResult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON object of {@code run --json}, with the stable names of SCENARIOS.md (scenario, events,
 * operations, costs, findings, errors, domains) and two additions: checkpoints and the costs of
 * each operation (only its non-zero counts).
 */
final class RunJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RunJson() {}

    static ObjectNode of(RunResult r) {
        ObjectNode o = F.objectNode();
        o.put("scenario", fileName(r.scenario().name()));
        o.put("events", r.events());
        o.put("operations", r.operations());
        o.set("costs", costs(r.costs(), true));
        ArrayNode findings = o.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule().name());
            n.put("domain", f.domain());
            n.put("mfn", f.mfn() == null ? null : Hex.of(f.mfn().value()));
            n.put("gfn", f.gfn() == null ? null : Hex.of(f.gfn().value()));
            if (f.va() != null) {
                n.put("va", Hex.of(f.va().value()));
            }
            n.put("event", f.event());
            n.put("message", f.message());
        }
        ArrayNode errors = o.putArray("errors");
        for (OperationError e : r.errors()) {
            ObjectNode n = errors.addObject();
            n.put("operation", e.operation());
            n.put("function", e.function());
            n.put("code", e.code());
            n.put("check", e.check());
            n.put("message", e.message());
            n.put("event", e.event());
        }
        ArrayNode domains = o.putArray("domains");
        for (DomainSummary d : r.domains()) {
            ObjectNode n = domains.addObject();
            n.put("name", d.name());
            n.put("id", d.id());
            n.put("state", d.state().scenarioName());
            n.put("mapped_pages", d.mappedPages());
            n.put("lowest_mapped_gfn", Hex.of(d.lowestMappedGfn().value()));
            n.put("max_mapped_gfn", Hex.of(d.maxMappedGfn().value()));
            n.put("tables", d.tables());
            n.put("refs_held", d.refsHeld());
        }
        ObjectNode checkpoints = o.putObject("checkpoints");
        r.checkpoints().forEach(checkpoints::put);
        ArrayNode ops = o.putArray("operation_costs");
        for (int op = 0; op < r.operations(); op++) {
            ObjectNode n = ops.addObject();
            n.put("operation", op);
            n.put("name", r.trace().operationName(op));
            n.put("events", r.trace().operationEnd(op) - r.trace().operationStart(op));
            n.set("costs", costs(r.operationCosts(op), false));
        }
        return o;
    }

    private static ObjectNode costs(Map<String, Long> costs, boolean withZeros) {
        ObjectNode n = F.objectNode();
        costs.forEach((name, count) -> {
            if (withZeros || count != 0) {
                n.put(name, count);
            }
        });
        return n;
    }

    /** The scenario's file name without its directories, as the contract shows it. */
    static String fileName(String path) { return path.substring(path.lastIndexOf('/') + 1); }
}
