package org.p2mdbg.core.scenario.ast;

/** The exit_mmap strategies of seed 002 compared by {@code pv-exit}. */
public enum PvExitStrategy {
    /** xen_exit_mmap: drop every CPU's reference, unpin, then tear down with direct writes. */
    DROP_REFS("drop-refs"),
    /** No drop: try to unpin and carry on. */
    TRY_UNPIN("try-unpin"),
    /** Never unpin: every teardown write is a hypercall or a trap. */
    NEVER_UNPIN("never-unpin");

    private final String scenarioName;

    PvExitStrategy(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
