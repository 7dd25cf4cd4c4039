package org.p2mdbg.core.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.scenario.ast.CheckpointStatement;
import org.p2mdbg.core.scenario.ast.DeviceStatement;
import org.p2mdbg.core.scenario.ast.DomainStatement;
import org.p2mdbg.core.scenario.ast.DomainStepStatement;
import org.p2mdbg.core.scenario.ast.ForeignFrames;
import org.p2mdbg.core.scenario.ast.IommuDontFlushStatement;
import org.p2mdbg.core.scenario.ast.IommuFlushStatement;
import org.p2mdbg.core.scenario.ast.IommuHwdomStatement;
import org.p2mdbg.core.scenario.ast.IommuMapStatement;
import org.p2mdbg.core.scenario.ast.IommuUnmapStatement;
import org.p2mdbg.core.scenario.ast.MachineFrames;
import org.p2mdbg.core.scenario.ast.MachineStatement;
import org.p2mdbg.core.scenario.ast.MapStatement;
import org.p2mdbg.core.scenario.ast.OptionStatement;
import org.p2mdbg.core.scenario.ast.PopulateStatement;
import org.p2mdbg.core.scenario.ast.PvCr3Statement;
import org.p2mdbg.core.scenario.ast.PvExitStatement;
import org.p2mdbg.core.scenario.ast.PvMapStatement;
import org.p2mdbg.core.scenario.ast.PvPinStatement;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.Statement;
import org.p2mdbg.core.scenario.ast.UnmapStatement;
import org.p2mdbg.core.scenario.ast.VlptStatement;
import org.p2mdbg.core.scenario.ast.XenPtStatement;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.OperationSubjects;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.core.xen.arm.P2m;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;
import org.p2mdbg.core.xen.arm32.Vlpt;

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
    private final RunSystems systems;
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
        this.systems = new RunSystems(machine);
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
        return new RunResult(scenario, machine, xenPageTables, systems, next, statementOperations, checkpoints, errors,
                Findings.check(machine, xenPageTables, systems, subj), domains);
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
            case DeviceStatement d -> device(d);
            case IommuMapStatement m -> iommus(m).map(m.device(), m.dfn(), m.mfn(), m.order(), m.readable(), m.writable());
            case IommuUnmapStatement u -> iommus(u).unmap(u.device(), u.dfn(), u.order());
            case IommuFlushStatement f -> iommus(f).flush(f.device(), f.dfn(), f.nr());
            case IommuDontFlushStatement f -> iommus(f).setDontFlush(f.on());
            case IommuHwdomStatement h -> hardwareDomainInit(h);
            case VlptStatement v -> vlpt(v);
            case PvMapStatement m -> {
                PvAddressSpace mm = pv(m, m.domain());
                try {
                    mm.map(m.va(), m.nr());
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(m.pos(), "expected a range the process has not mapped yet, found " + e.getMessage());
                }
            }
            case PvPinStatement p -> pv(p, p.domain()).pin();
            case PvCr3Statement c -> pv(c, c.domain()).runThenIdle(c.cpu());
            // a statement without strategy= runs the one the pv-exit option names at that point
            case PvExitStatement x -> pv(x, x.domain()).exit(x.strategy() != null ? x.strategy() : machine.options().pvExit(), x.cpu());
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

    // ---- IOMMU (seed 003) ----

    /**
     * Assigns a device: the domain's IOMMU state is created with its first device, and
     * arch_domain_destroy will run iommu_domain_destroy for it. A device kind the domain or machine
     * cannot take (a second kind for one domain, an SMMU without an Arm p2m) is a scenario error.
     */
    private void device(DeviceStatement s) {
        Domain d = domain(s, s.domain());
        trace.beginOperation(s.text());
        IommuContexts iommus = systems.iommusInUse();
        try {
            iommus.assign(s.name(), s.iommu(), d);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(s.pos(), "expected a device this domain and machine can take, found that " + e.getMessage());
        }
        d.setIommuDestroy(() -> iommus.teardown(d));
    }

    /** Starts the operation of an IOMMU statement and returns the machine's IOMMUs. */
    private IommuContexts iommus(Statement s) {
        trace.beginOperation(s.text());
        return systems.iommusInUse();
    }

    /**
     * iommu_hwdom_init's 1:1 population: modelled for a PV hardware domain (a PVH one is mapped
     * through its p2m) and for the SMMU, which shares the p2m and maps nothing.
     */
    private void hardwareDomainInit(IommuHwdomStatement h) {
        Domain d = domain(h, h.domain());
        IommuContexts iommus = systems.iommusInUse();
        IommuKind kind = iommus.kindOf(d).orElseThrow();
        if (kind != IommuKind.SMMU && machine.arch() != Arch.X86_64_PV) {
            throw new ScenarioException(h.pos(), "expected an x86_64-pv machine for iommu-hwdom behind " + kind.scenarioName()
                    + " (a PVH hardware domain is mapped through its p2m, which is not modelled), found " + machine.arch().scenarioName());
        }
        trace.beginOperation(h.text());
        iommus.hardwareDomainInit(d, h.first(), h.nr());
    }

    // ---- arm32 VLPT (seed 001) ----

    private void vlpt(VlptStatement s) {
        requireArch(s, Arch.ARM32);
        Domain d = domain(s, s.domain());
        trace.beginOperation(s.text());
        Vlpt vlpt = systems.vlptInUse(d);
        switch (s.action()) {
            case PREPARE -> {
                if (s.maxPages().isPresent()) {
                    vlpt.prepare(s.maxPages().getAsLong());
                } else {
                    vlpt.prepare();
                }
            }
            case SWITCH -> vlpt.restore();
            case LOOKUP -> vlpt.lookup(s.ipa());
            case FAULT -> vlpt.handleWriteFault(s.ipa());
        }
    }

    // ---- x86 PV (seed 002) ----

    /** Starts the operation of a pv statement and returns the domain's process address space (booted by the first one). */
    private PvAddressSpace pv(Statement s, String domain) {
        requireArch(s, Arch.X86_64_PV);
        Domain d = domain(s, domain);
        trace.beginOperation(s.text());
        return systems.pvInUse(d);
    }

    // ---- what a statement needs ----

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

    /** Statements of one system need the machine it runs on (vlpt: arm32, pv-*: x86_64-pv). */
    private void requireArch(Statement s, Arch arch) {
        if (machine.arch() != arch) {
            throw new ScenarioException(s.pos(), "expected an " + arch.scenarioName() + " machine for '" + s.keyword() + "', found "
                    + machine.arch().scenarioName());
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
            case DeviceStatement d -> d.domain();
            case IommuMapStatement m -> deviceDomain(m.device());
            case IommuUnmapStatement u -> deviceDomain(u.device());
            case IommuFlushStatement f -> deviceDomain(f.device());
            case IommuHwdomStatement h -> h.domain();
            case VlptStatement v -> v.domain();
            case PvMapStatement m -> m.domain();
            case PvPinStatement p -> p.domain();
            case PvCr3Statement c -> c.domain();
            case PvExitStatement x -> x.domain();
            default -> null;
        };
        return name == null ? OperationSubjects.NONE : machine.domain(name).map(Domain::id).orElse(OperationSubjects.NONE);
    }

    private String deviceDomain(String device) {
        return systems.iommus().flatMap(i -> i.device(device)).map(DeviceContext::domain).map(Domain::name).orElse(null);
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
