package org.p2mdbg.cli;

import java.util.List;
import java.util.Map;

import org.p2mdbg.core.compare.ComparedRun;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code compare --json}: {@code {scenario, option: {NAME: [values]}, runs: [{options,
 * costs, findings: {RULE: count}, errors, events}]}}, the runs in the order of the text table.
 */
final class CompareJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CompareJson() {}

    static ObjectNode of(String scenario, OptionGrid grid, List<ComparedRun> runs) {
        ObjectNode o = F.objectNode();
        o.put("scenario", scenario);
        ObjectNode option = o.putObject("option");
        for (Map.Entry<String, List<String>> e : grid.values().entrySet()) {
            ArrayNode values = option.putArray(e.getKey());
            e.getValue().forEach(values::add);
        }
        ArrayNode array = o.putArray("runs");
        for (ComparedRun r : runs) {
            ObjectNode n = array.addObject();
            ObjectNode options = n.putObject("options");
            r.options().forEach(options::put);
            ObjectNode costs = n.putObject("costs");
            r.costs().forEach(costs::put);
            ObjectNode findings = n.putObject("findings");
            r.findings().forEach((rule, count) -> findings.put(rule.name(), count));
            n.put("errors", r.errors());
            n.put("events", r.events());
        }
        return o;
    }
}
