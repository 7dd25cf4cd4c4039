package org.p2mdbg.debug.model;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.trace.BreakCondition;
import org.p2mdbg.debug.session.P2mSession;

/** Stops at the event where a finding of a rule (e.g. RELINQUISHED_ENTRY_ACCESS) is proven. */
public final class RuleBreakpoint extends P2mBreakpoint {
    public static final String MARKER = "org.p2mdbg.debug.ruleBreakpointMarker";
    static final String ATTR_RULE = "org.p2mdbg.debug.rule";

    public RuleBreakpoint() {}

    public RuleBreakpoint(Rule rule) throws CoreException {
        create(MARKER, "on " + rule + " findings", Map.of(ATTR_RULE, rule.name()));
    }

    public Rule rule() throws CoreException { return Rule.valueOf(getMarker().getAttribute(ATTR_RULE, "")); }

    @Override
    public BreakCondition condition(P2mSession session) throws CoreException {
        Rule rule = rule();
        Set<Long> events = session.result().findings().stream().filter(f -> f.rule() == rule)
                .map(f -> f.event()).collect(Collectors.toSet());
        return new BreakCondition.AtEvents(rule.name(), events);
    }
}
