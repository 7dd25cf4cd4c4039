package org.p2mdbg.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.SourcePos;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;

/**
 * What a run produced so far: the machine in its state after the last statement run, the trace,
 * the named checkpoints in scenario order (name → trace position: the number of events before it), the errors the
 * hypervisor returned, the findings of the rule checks, and the domains' end state. Costs are
 * counted from the trace on request.
 *
 * @param statementsRun how many statements of the scenario ran (the machine statement included)
 * @param statementOperations for statement i, the first operation it started; entry
 *        {@code statementsRun} is the operation count (so statement i's operations are
 *        [statementOperations[i], statementOperations[i+1]); statements that are not operations,
 *        such as option and checkpoint, have an empty range)
 * @param xenPageTables Xen's own page tables, null when no xen-pt statement ran
 * @param systems the IOMMUs, VLPTs and PV address spaces the statements created
 */
public record RunResult(Scenario scenario, Machine machine, XenPageTables xenPageTables, RunSystems systems, int statementsRun,
        List<Integer> statementOperations, Map<String, Long> checkpoints, List<OperationError> errors,
        List<Finding> findings, List<DomainSummary> domains) {
    public RunResult {
        statementOperations = List.copyOf(statementOperations);
        checkpoints = Collections.unmodifiableMap(new LinkedHashMap<>(checkpoints));
        errors = List.copyOf(errors);
        findings = List.copyOf(findings);
        domains = List.copyOf(domains);
    }

    public Trace trace() { return machine.trace(); }

    public long events() { return trace().size(); }

    public int operations() { return trace().operationCount(); }

    /** Costs of the whole run, by the JSON names of SCENARIOS.md, in the contract's order. */
    public Map<String, Long> costs() { return CostCounter.count(trace()); }

    /** Costs of one operation. */
    public Map<String, Long> operationCosts(int operation) { return CostCounter.countOperation(trace(), operation); }

    /** The statement that started an operation. */
    public int statementOf(int operation) {
        int s = 0;
        while (s + 1 < statementsRun && statementOperations.get(s + 1) <= operation) {
            s++;
        }
        return s;
    }

    /** Where the statement whose operation an event belongs to is written; null for an event outside every operation. */
    public SourcePos sourceOf(long event) {
        int operation = event < 0 || event >= events() ? -1 : trace().operationOf(event);
        return sourceOfOperation(operation);
    }

    /** Where the statement that started an operation is written; null for -1 (no operation). */
    public SourcePos sourceOfOperation(int operation) {
        return operation < 0 ? null : scenario.statements().get(statementOf(operation)).pos();
    }
}
