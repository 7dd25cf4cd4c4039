package org.p2mdbg.core.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.scenario.ast.CheckpointStatement;
import org.p2mdbg.core.scenario.ast.DomainStatement;
import org.p2mdbg.core.scenario.ast.DomainStepStatement;
import org.p2mdbg.core.scenario.ast.ForeignFrames;
import org.p2mdbg.core.scenario.ast.MachineFrames;
import org.p2mdbg.core.scenario.ast.MachineStatement;
import org.p2mdbg.core.scenario.ast.MapStatement;
import org.p2mdbg.core.scenario.ast.OptionStatement;
import org.p2mdbg.core.scenario.ast.PopulateStatement;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.Statement;
import org.p2mdbg.core.scenario.ast.UnmapStatement;
import org.p2mdbg.core.scenario.ast.XenPtStatement;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.OperationSubjects;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.P2m;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;

/**
 * Runs a parsed scenario statement by statement on a fresh {@link Machine}: each statement that
 * acts on the machine is one traced operation named by its text (domain creation and destroy are
 * named by the machine, and destroy is one operation per continuation). A run can stop after any
 * statement and go on later, which is how the debugger steps through a scenario.
 *
 * <p>Errors the emulated Xen returns are collected from the trace's ERROR events and the run goes
 * on; a statement the machine cannot run, or after which Xen itself would crash, is a
 * {@link ScenarioException} at that statement.
 */
public final class ScenarioRunner {
    /**
     * The most continuations one relinquish statement may take: every restart of
     * relinquish_p2m_mapping makes progress, so only a runaway preemption policy gets near it.
     */
    static final int MAX_CONTINUATIONS = 1 << 20;

    private final Scenario scenario;
    private final Map<String, String> overrides;
    private final Machine machine;
    private final Trace trace;
    private XenPageTables xenPageTables;
    private int next;
    private final List<Integer> statementOperations = new ArrayList<>();
    private final List<Integer> subjects = new ArrayList<>();
    private final Map<String, Long> checkpoints = new LinkedHashMap<>();
    private final Map<String, Integer> failedDomains = new HashMap<>();
    private final List<OperationError> errors = new ArrayList<>();
    private long scannedEvents;

    private ScenarioRunner(Scenario scenario, Map<String, String> overrides) {
        this.scenario = scenario;
        this.overrides = Map.copyOf(overrides);
        MachineStatement m = scenario.machine();
        Options options = new Options();
        for (Map.Entry<String, String> o : this.overrides.entrySet()) {
            options.set(o.getKey(), o.getValue());
        }
        this.machine = new Machine(m.arch(), m.ipa(), options, m.frames());
        this.trace = machine.trace();
        // the machine statement (statement 0) starts no operation: statement 1 starts operation 0
        statementOperations.add(0);
        statementOperations.add(0);
        next = 1;
    }

    /**
     * A runner positioned after the machine statement. {@code overrides} are options that win over
     * the scenario's own option statements (the CLI's --option); a bad one is an
     * IllegalArgumentException with the message of Options.set.
     */
    public static ScenarioRunner start(Scenario scenario, Map<String, String> overrides) {
        return new ScenarioRunner(scenario, overrides);
    }

    public static ScenarioRunner start(Scenario scenario) { return start(scenario, Map.of()); }

    /** Parses and runs a scenario file to its end. */
    public static RunResult run(Path file, Map<String, String> overrides) throws IOException {
        return start(ScenarioFiles.parse(file), overrides).runToEnd();
    }

    public Scenario scenario() { return scenario; }

    public Machine machine() { return machine; }

    /** How many statements have run (the machine statement counts as the first). */
    public int position() { return next; }

    public boolean hasNext() { return next < scenario.size(); }

    /** Runs the next statement. */
    public void step() {
        if (!hasNext()) {
            throw new IllegalStateException("the scenario has no statement left");
        }
        Statement s = scenario.statement(next);
        try {
            execute(s);
        } catch (IllegalStateException e) {
            // a state real Xen would BUG() on (say, put_page on a free page): the run cannot go on
            throw new ScenarioException(s.pos(), "the emulated hypervisor cannot go on after this statement: " + e.getMessage());
        }
        next++;
        statementOperations.add(trace.operationCount());
        while (subjects.size() < trace.operationCount()) {
            subjects.add(subjectOf(s));
        }
        collectErrors();
    }

    /** Runs statements until {@code statementCount} of them have run (or the scenario ends). */
    public RunResult runTo(int statementCount) {
        while (next < Math.min(statementCount, scenario.size())) {
            step();
        }
        return result();
    }

    public RunResult runToEnd() { return runTo(scenario.size()); }

    /** The result of the statements run so far. */
    public RunResult result() {
        OperationSubjects subj = OperationSubjects.of(subjects.stream().mapToInt(Integer::intValue).toArray());
        Map<Integer, Long> held = HeldReferences.count(trace, subj);
        List<DomainSummary> domains = new ArrayList<>();
        for (Domain d : machine.domains()) {
            domains.add(summary(d, held.getOrDefault(d.id(), 0L)));
        }
        return new RunResult(scenario, machine, xenPageTables, next, statementOperations, checkpoints, errors,
                Findings.check(machine, xenPageTables, subj), domains);
    }

    // ---- statements ----

    private void execute(Statement s) {
        switch (s) {
            case MachineStatement m -> throw new AssertionError("the parser admits one machine statement, the first, run by start()");
            case OptionStatement o -> {
                if (!overrides.containsKey(o.name())) {
                    machine.options().set(o.name(), o.value());
                }
            }
            case CheckpointStatement c -> checkpoints.put(c.name(), trace.size());
            case DomainStatement d -> createDomain(d);
            case PopulateStatement p -> {
                P2m p2m = p2m(s, p.domain());
                trace.beginOperation(s.text());
                p2m.populate(p.gfn(), p.nr());
            }
            case MapStatement m -> map(m);
            case UnmapStatement u -> {
                P2m p2m = p2m(s, u.domain());
                trace.beginOperation(s.text());
                p2m.removeMapping(u.gfn(), u.nr());
            }
            case XenPtStatement x -> xenPt(x);
            case DomainStepStatement d -> domainStep(d);
            default -> throw notSupported(s);
        }
    }

    private void createDomain(DomainStatement d) {
        try {
            machine.createDomain(d.name(), d.id(), d.vcpus());
        } catch (IllegalStateException e) {
            // Xen refused (p2m_init failed): the ERROR event is in the trace; later uses are scenario errors
            failedDomains.put(d.name(), d.pos().line());
        }
    }

    private void map(MapStatement m) {
        P2m p2m = p2m(m, m.domain());
        switch (m.source()) {
            case MachineFrames f -> {
                trace.beginOperation(m.text());
                p2m.insertMapping(m.gfn(), m.nr(), f.mfn(), f.type());
            }
            case ForeignFrames f -> {
                Domain owner = domain(m, f.domain());
                trace.beginOperation(m.text());
                p2m.mapForeign(m.gfn(), m.nr(), owner, f.gfn());
            }
        }
    }

    private void xenPt(XenPtStatement x) {
        if (machine.arch() != Arch.ARM64) {
            throw notSupported(x);
        }
        trace.beginOperation(x.text());
        if (xenPageTables == null) {
            // Xen's own root exists from boot; it is allocated by the first operation that uses it
            xenPageTables = new XenPageTables(machine.frames(), trace, machine.options().xenPt());
        }
        switch (x.action()) {
            case MAP -> xenPageTables.map(x.virt(), x.mfn(), x.nr(), x.flags());
            // destroy_xen_mappings passes no flags; a removal with _PAGE_BLOCK is xen_pt_update called directly
            case REMOVE -> {
                if (x.flags() == 0) {
                    xenPageTables.remove(x.virt(), x.nr());
                } else {
                    xenPageTables.update(x.virt(), x.mfn(), x.nr(), x.flags());
                }
            }
            case MODIFY -> xenPageTables.modify(x.virt(), x.nr(), x.flags());
            case POPULATE -> xenPageTables.populate(x.virt(), x.nr());
        }
    }

    private void domainStep(DomainStepStatement s) {
        Domain d = domain(s, s.domain());
        requireArm(s);
        switch (s.step()) {
            case DESTROY -> d.destroy();
            case RELINQUISH -> relinquish(s, d);
            case TEARDOWN -> {
                trace.beginOperation(s.text());
                d.teardown();
            }
        }
    }

    /**
     * domain_relinquish_resources (which marks the domain dying, releases its pages, then calls
     * relinquish_p2m_mapping) called again after each -ERESTART, as the continuation does; one
     * operation per call.
     */
    private void relinquish(DomainStepStatement s, Domain d) {
        for (int call = 1; call <= MAX_CONTINUATIONS; call++) {
            trace.beginOperation(s.text() + " (#" + call + ")");
            if (d.relinquishResources() != Errno.ERESTART) {
                return;
            }
        }
        throw new ScenarioException(s.pos(), "expected relinquish to finish within " + MAX_CONTINUATIONS
                + " continuations, found it still preempted (preempt=" + machine.options().preempt() + ")");
    }

    private Domain domain(Statement s, String name) {
        return machine.domain(name).orElseThrow(() -> new ScenarioException(s.pos(), "expected domain '" + name
                + "' to exist, found that Xen refused to create it (line " + failedDomains.get(name) + ")"));
    }

    private P2m p2m(Statement s, String domain) {
        Domain d = domain(s, domain);
        requireArm(s);
        return d.p2m();
    }

    /** The p2m statements need a Xen-on-Arm machine. */
    private void requireArm(Statement s) {
        if (!machine.arch().isArm()) {
            throw notSupported(s);
        }
    }

    private ScenarioException notSupported(Statement s) {
        return new ScenarioException(s.pos(), "not supported yet by this machine (statement " + s.keyword() + " on "
                + machine.arch().scenarioName() + ")");
    }

    private int subjectOf(Statement s) {
        String name = switch (s) {
            case DomainStatement d -> d.name();
            case PopulateStatement p -> p.domain();
            case MapStatement m -> m.domain();
            case UnmapStatement u -> u.domain();
            case DomainStepStatement d -> d.domain();
            default -> null;
        };
        return name == null ? OperationSubjects.NONE : machine.domain(name).map(Domain::id).orElse(OperationSubjects.NONE);
    }

    // ---- results ----

    /** The ERROR events of the statement just run, as error entries. */
    private void collectErrors() {
        for (long e = scannedEvents; e < trace.size(); e++) {
            if (trace.kind(e) == EventKind.ERROR) {
                errors.add(ErrorEvents.describe(trace, e));
            }
        }
        scannedEvents = trace.size();
    }

    private DomainSummary summary(Domain d, long refsHeld) {
        if (!machine.arch().isArm()) {
            return new DomainSummary(d.name(), d.id(), d.state(), 0, Gfn.INVALID,
                    Gfn.INVALID, 0, refsHeld);
        }
        P2m p2m = d.p2m();
        boolean live = p2m.root().isValid();
        long mapped = live ? P2mCensus.mappedFrames(machine.frames(), p2m.walkRequest()) : 0;
        int tables = live ? p2m.rootPages() + p2m.tablePages() : 0;
        return new DomainSummary(d.name(), d.id(), d.state(), mapped, p2m.lowestMappedGfn(), p2m.maxMappedGfn(), tables, refsHeld);
    }
}
