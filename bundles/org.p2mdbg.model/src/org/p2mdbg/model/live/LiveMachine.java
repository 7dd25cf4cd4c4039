package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.MACHINE__EVENT_COUNT;
import static org.p2mdbg.model.P2mPackage.Literals.MACHINE__POSITION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.RunSystems;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;
import org.p2mdbg.model.Checkpoint;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.P2mFactory;
import org.p2mdbg.model.impl.MachineImpl;

/**
 * The model's root, backed by the core's {@link Machine}. Domains are shown as they were at the
 * trace position; operations and costs are made on first access. After the core changed (the
 * emulation ran on, or a {@code TraceCursor} moved), {@link #refresh(long)} updates every object
 * already made, in place, with EMF notifications.
 */
public final class LiveMachine extends MachineImpl {
    private final Machine core;
    private boolean operationsMade;
    private LiveSystems systems;

    LiveMachine(Machine core, XenPageTables xenTables) {
        this.core = core;
        setArch(core.arch());
        setIpaBits(core.ipaBits());
        if (xenTables != null) {
            setXenTables(new LiveXenPageTables(xenTables, core.frames()));
        }
        refresh();
    }

    public Machine core() { return core; }

    /** Shows the end of the trace: the core as it is. */
    public void refresh() { refresh(core.trace().size()); }

    /**
     * Shows the machine at a trace position, where the frame store must be (a TraceCursor's
     * position): events 0 .. position-1 have happened.
     */
    public void refresh(long position) {
        Trace trace = core.trace();
        if (position < 0 || position > trace.size()) {
            throw new IllegalArgumentException("position " + position + " outside 0.." + trace.size());
        }
        ModelUpdates.set(this, MACHINE__EVENT_COUNT, trace.size());
        ModelUpdates.set(this, MACHINE__POSITION, position);
        syncDomains(DomainHistory.statesAt(trace, position, core.domains()));
        if (systems != null) {
            systems.refresh(this);
        }
        if (getXenTables() instanceof LiveXenPageTables xen) {
            xen.refresh();
        }
        if (operationsMade) {
            syncOperations();
        }
        if (costs != null) {
            CostSummaries.update(costs, trace, 0, position);
        }
    }

    /** Every operation of the trace, made on first access. */
    @Override public EList<Operation> getOperations() {
        EList<Operation> list = super.getOperations();
        if (!operationsMade) {
            operationsMade = true;
            ModelUpdates.silently(this, this::syncOperations);
        }
        return list;
    }

    /** The costs of the events before the position, counted on first access. */
    @Override public CostSummary getCosts() {
        if (costs == null) {
            CostSummary counted = CostSummaries.of(core.trace(), 0, getPosition());
            ModelUpdates.silently(this, () -> setCosts(counted));
        }
        return costs;
    }

    /**
     * Takes what a scenario run produced beyond the machine: Xen's page tables once a xen-pt
     * statement made them, the findings and the checkpoints; then refreshes to the end of the trace.
     */
    public void show(RunResult run) {
        if (run.machine() != core) {
            throw new IllegalArgumentException("the run is of another machine");
        }
        if (run.xenPageTables() != null && getXenTables() == null) {
            setXenTables(new LiveXenPageTables(run.xenPageTables(), core.frames()));
        }
        showFindings(run.findings());
        showCheckpoints(run.checkpoints());
        showSystems(run.systems());
    }

    /**
     * Shows what the run created beside the domains' p2ms: devices with their IOMMU contexts, PV
     * address spaces, VLPTs; then refreshes to the end of the trace.
     */
    public void showSystems(RunSystems runSystems) {
        if (systems == null) {
            systems = new LiveSystems(runSystems);
        }
        refresh();
    }

    /** Replaces the checkpoints shown: name to trace position (the events before it). */
    public void showCheckpoints(Map<String, Long> checkpoints) {
        List<Checkpoint> shown = new ArrayList<>(checkpoints.size());
        for (Map.Entry<String, Long> c : checkpoints.entrySet()) {
            Checkpoint m = P2mFactory.eINSTANCE.createCheckpoint();
            m.setName(c.getKey());
            m.setEvent(c.getValue());
            shown.add(m);
        }
        ECollections.setEList(getCheckpoints(), shown);
    }

    /** Replaces the findings shown (a check of the trace produces them). */
    public void showFindings(List<Finding> findings) {
        List<org.p2mdbg.model.Finding> shown = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            org.p2mdbg.model.Finding m = P2mFactory.eINSTANCE.createFinding();
            m.setRule(f.rule().name());
            m.setMessage(f.message());
            m.setEvent(f.event());
            m.setDomain(f.domain());
            m.setMfn(f.mfn());
            m.setGfn(f.gfn());
            shown.add(m);
        }
        ECollections.setEList(getFindings(), shown);
    }

    /** The shown domains are the core's, in its order, less those not created yet at the position. */
    private void syncDomains(Map<Integer, DomainState> states) {
        EList<org.p2mdbg.model.Domain> shown = getDomains();
        int at = 0;
        for (Domain d : core.domains()) {
            DomainState state = states.get(d.id());
            LiveDomain existing = at < shown.size() && shown.get(at).getId() == d.id() ? (LiveDomain) shown.get(at) : null;
            if (state == null) {
                if (existing != null) {
                    shown.remove(at);
                }
                continue;
            }
            if (existing == null) {
                shown.add(at, new LiveDomain(d, state));
            } else {
                existing.refresh(state);
            }
            at++;
        }
    }

    private void syncOperations() {
        EList<Operation> list = super.getOperations();
        Trace trace = core.trace();
        if (!list.isEmpty()) {
            ((LiveOperation) list.get(list.size() - 1)).refresh();
        }
        for (int op = list.size(); op < trace.operationCount(); op++) {
            list.add(new LiveOperation(trace, op));
        }
    }
}
