package org.p2mdbg.ui.open;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The algorithm variants a user prefers over the ones a scenario names: relinquish strategy,
 * preemption policy, xen_pt variant. An empty preference (the default) leaves the scenario's own
 * option statement in force; a set one is passed to the run as an option override, which wins.
 */
public final class ScenarioOptions {
    /** The preference node (the bundle's instance scope). */
    public static final String NODE = "org.p2mdbg.ui";
    /** The preference keys are the scenario option names. */
    public static final String RELINQUISH = "relinquish";
    public static final String PREEMPT = "preempt";
    public static final String XEN_PT = "xen-pt";

    private ScenarioOptions() {}

    static IEclipsePreferences preferences() { return InstanceScope.INSTANCE.getNode(NODE); }

    /** The option overrides to run scenarios with: only the preferences that are set. */
    public static Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : new String[] {RELINQUISH, PREEMPT, XEN_PT}) {
            String value = preferences().get(key, "").strip();
            if (!value.isEmpty()) {
                out.put(key, value);
            }
        }
        return out;
    }
}
