package org.p2mdbg.core.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.scenario.RunResult;

/**
 * What a comparison ({@code p2mdbg compare}, the IDE's Compare chart) keeps of one run: the option
 * values it ran with, its costs (every name of SCENARIOS.md), its findings counted per rule (every
 * rule, zeros included), how many errors the hypervisor returned and how many events the trace has.
 */
public record ComparedRun(Map<String, String> options, Map<String, Long> costs, Map<Rule, Integer> findings, int errors, long events) {
    public ComparedRun {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        costs = Collections.unmodifiableMap(new LinkedHashMap<>(costs));
        findings = Collections.unmodifiableMap(new EnumMap<>(findings));
    }

    public static ComparedRun of(Map<String, String> options, RunResult r) {
        Map<Rule, Integer> findings = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            findings.put(rule, 0);
        }
        for (Finding f : r.findings()) {
            findings.merge(f.rule(), 1, Integer::sum);
        }
        return new ComparedRun(options, r.costs(), findings, r.errors().size(), r.events());
    }
}
