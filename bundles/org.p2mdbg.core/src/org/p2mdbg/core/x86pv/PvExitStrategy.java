package org.p2mdbg.core.x86pv;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a PV guest's exiting mm leaves its pinned page tables before they are torn down (seed 002). */
public enum PvExitStrategy {
    /**
     * xen_exit_mmap (Linux 4.11): every CPU drops its reference (leave_mm or a load_cr3 of swapper_pg_dir,
     * over an IPI for the others), the pgd is unpinned, and the teardown writes the tables directly.
     */
    DROP_REFS("drop-refs"),
    /**
     * No IPIs: only the exiting CPU leaves the mm; the pgd is unpinned when no other CPU still has it in
     * CR3, else it stays pinned and the teardown goes through hypercalls and trapped writes.
     */
    TRY_UNPIN("try-unpin"),
    /** arch_exit_mmap does nothing: the teardown always goes through hypercalls and trapped writes. */
    NEVER_UNPIN("never-unpin");

    private final String scenarioName;

    PvExitStrategy(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }

    public static PvExitStrategy parse(String name) {
        for (PvExitStrategy s : values()) {
            if (s.scenarioName.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown exit strategy " + name + " (known: "
                + Arrays.stream(values()).map(PvExitStrategy::scenarioName).collect(Collectors.joining(", ")) + ")");
    }
}
