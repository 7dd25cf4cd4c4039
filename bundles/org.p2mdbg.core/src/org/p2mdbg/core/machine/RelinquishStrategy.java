package org.p2mdbg.core.machine;

/** The three relinquish_p2m_mapping implementations of SEMANTICS.md §3, by their scenario names. */
public enum RelinquishStrategy {
    /** Xen 4.7.0: apply_p2m_changes(RELINQUISH), weighted preemption, entries zeroed. */
    LEGACY("legacy"),
    /** Seed 000 RFC as posted: p2m_get_entry loop, references dropped, entries left intact. */
    LOOKUP("lookup"),
    /** As merged in Xen 4.8: the same loop, every mapping removed with __p2m_set_entry. */
    REMOVE("remove");

    private final String scenarioName;

    RelinquishStrategy(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }
}
