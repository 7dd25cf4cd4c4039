package org.p2mdbg.ui.open;

import java.util.Map;

import org.p2mdbg.debug.session.SessionOptions;

/**
 * The algorithm variants a user prefers over the ones a scenario names: relinquish strategy,
 * preemption policy, xen_pt variant. An empty preference (the default) leaves the scenario's own
 * option statement in force; a set one is passed to the run as an option override, which wins
 * (and a launch configuration's own override wins over it).
 */
public final class ScenarioOptions {
    /** The preference node (the bundle's instance scope). */
    public static final String NODE = SessionOptions.NODE;
    /** The preference keys are the scenario option names. */
    public static final String RELINQUISH = "relinquish";
    public static final String PREEMPT = "preempt";
    public static final String XEN_PT = "xen-pt";

    private ScenarioOptions() {}

    /** The preferred variants that are set; every session start applies them ({@link SessionOptions}). */
    public static Map<String, String> overrides() { return SessionOptions.preferred(); }
}
