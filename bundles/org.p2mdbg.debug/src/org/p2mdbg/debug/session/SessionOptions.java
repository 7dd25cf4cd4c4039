package org.p2mdbg.debug.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The one rule for the options a session runs with, however it is started (File → Open Scenario,
 * a launch configuration, Debug As, Debug Open Scenario): the scenario's own {@code option}
 * statements, overridden by the preferred variants that are set (Window → Preferences → P2M
 * Debugger), overridden by the launch's own overrides. The resolved overrides are what the session
 * records, and what its re-runs (fault injection, strategy comparison) start from.
 */
public final class SessionOptions {
    /** The preference node the P2M Debugger preference page writes (the views bundle's instance scope). */
    public static final String NODE = "org.p2mdbg.ui";
    /** The options a preference may override; the preference keys are the scenario option names. */
    public static final List<String> PREFERABLE = List.of("relinquish", "preempt", "xen-pt");

    private SessionOptions() {}

    /** The preferred variants that are set (an empty preference leaves the scenario's own option). */
    public static Map<String, String> preferred() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : PREFERABLE) {
            String value = InstanceScope.INSTANCE.getNode(NODE).get(key, "").strip();
            if (!value.isEmpty()) {
                out.put(key, value);
            }
        }
        return out;
    }

    /** The overrides a run gets: the preferred variants, then {@code launchOverrides}, which win. */
    public static Map<String, String> resolve(Map<String, String> launchOverrides) {
        Map<String, String> out = preferred();
        out.putAll(launchOverrides);
        return Collections.unmodifiableMap(out);
    }

    /** The overrides as a user writes them ({@code relinquish=lookup preempt=every:2}), "as written" for none. */
    public static String describe(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return "options as written";
        }
        return overrides.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
