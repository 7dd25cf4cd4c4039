package org.p2mdbg.debug.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.debug.model.P2mDebugTarget;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionOptions;

/**
 * A debug launch records the options it ran with: seed 000 says {@code option relinquish=remove};
 * the Preferences' choice overrides it, and the launch configuration's override wins over both.
 * The costs are those of {@code p2mdbg run examples/seed000-relinquish-remove.p2m --option relinquish=...}.
 */
class LaunchOptionsTest extends LaunchingTest {
    private static final String SEED = "seed000-relinquish-remove.p2m";
    private static final List<String> COSTS = List.of("pte_reads", "pte_writes", "tlb_flushes", "page_refs_put");
    /** {@code run --option relinquish=lookup --json}: lookup reads the p2m once per gfn instead of removing entry by entry. */
    private static final List<Long> LOOKUP_COSTS = List.of(14885L, 1550L, 2L, 1542L);
    /** {@code run --json}: the scenario's own relinquish=remove. */
    private static final List<Long> REMOVE_COSTS = List.of(21044L, 3090L, 5L, 1542L);

    @AfterEach
    void clearPreferences() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(SessionOptions.NODE);
        prefs.clear();
        prefs.flush();
    }

    @Test
    void aLaunchOverrideIsRecordedAndRunsLikeTheCli() throws Exception {
        P2mDebugTarget target = debug(SEED, Map.of("relinquish", "lookup"));
        P2mSession session = target.session();
        assertEquals(Map.of("relinquish", "lookup"), session.options());
        assertEquals(RelinquishStrategy.LOOKUP, session.machine().options().relinquish());
        assertEquals(LOOKUP_COSTS, costs(session));
        assertEquals("P2M machine arm64 — " + SEED + " [relinquish=lookup]", target.getName());

        // the Variables view says which option lines the override beat
        target.thread().jumpTo(1);
        IVariable[] vars = target.thread().getStackFrames()[0].getVariables();
        IVariable options = vars[vars.length - 1];
        assertEquals("options", options.getName());
        assertEquals("relinquish=lookup", options.getValue().getValueString());
        List<String> lines = new ArrayList<>();
        for (IVariable v : options.getValue().getVariables()) {
            lines.add(v.getName() + " = " + v.getValue().getValueString());
        }
        assertEquals(List.of("relinquish (line 8) = lookup  (overrides the line's remove)", "preempt (line 15) = every:2"), lines);
    }

    @Test
    void aLaunchWithoutOverridesRunsTheScenarioAsWritten() throws Exception {
        P2mDebugTarget target = debug(SEED);
        assertEquals(Map.of(), target.session().options());
        assertEquals(REMOVE_COSTS, costs(target.session()));
        assertEquals("P2M machine arm64 — " + SEED + " [options as written]", target.getName());
    }

    /** Preferences relinquish=lookup, preempt=never: {@code run --option relinquish=lookup --option preempt=never}. */
    @Test
    void aPreferenceReachesADebugLaunch() throws Exception {
        prefer("lookup", "never");
        P2mSession session = debug(SEED).session();
        assertEquals(Map.of("relinquish", "lookup", "preempt", "never"), session.options());
        assertEquals(0L, session.result().costs().get("preemptions"));
        assertEquals(List.of(14880L, 1550L, 2L, 1542L), costs(session));
    }

    @Test
    void theLaunchOverrideWinsOverThePreference() throws Exception {
        prefer("lookup", "never");
        P2mSession session = debug(SEED, Map.of("relinquish", "remove")).session();
        assertEquals(Map.of("relinquish", "remove", "preempt", "never"), session.options());
        assertEquals(RelinquishStrategy.REMOVE, session.machine().options().relinquish());
        assertEquals(List.of(21039L, 3090L, 3L, 1542L), costs(session));
    }

    private static void prefer(String relinquish, String preempt) {
        InstanceScope.INSTANCE.getNode(SessionOptions.NODE).put("relinquish", relinquish);
        InstanceScope.INSTANCE.getNode(SessionOptions.NODE).put("preempt", preempt);
    }

    private static List<Long> costs(P2mSession session) {
        Map<String, Long> all = session.result().costs();
        return COSTS.stream().map(all::get).toList();
    }
}
