package org.p2mdbg.model.live;

import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.xen.arm.pt.XenPageTables;

/**
 * Builds the EMF model of an emulated machine, lazily: the machine, its domains and their p2m
 * roots at once; a table's descriptors when they are first asked for ({@link LiveTable}); a
 * descriptor's fields and next-level table when those are ({@link LiveDescriptor}); the trace's
 * operations, steps and costs likewise. Nothing is read through the traced port, so building and
 * browsing the model never adds events.
 *
 * <p>Objects made on demand appear without an ADD notification (they are made while somebody reads
 * the list); viewers adapt each item they show and so see every later change, but an
 * EContentAdapter attached earlier does not reach them.
 */
public final class ModelBuilder {
    private ModelBuilder() {}

    public static LiveMachine build(Machine machine) { return new LiveMachine(machine, null); }

    /** The machine of a scenario run, with the run's Xen page tables, findings and checkpoints. */
    public static LiveMachine build(RunResult run) {
        LiveMachine model = new LiveMachine(run.machine(), run.xenPageTables());
        model.show(run);
        return model;
    }

    /** Also shows Xen's own page tables (built on the same machine's frame store). */
    public static LiveMachine build(Machine machine, XenPageTables xenTables) { return new LiveMachine(machine, xenTables); }
}
