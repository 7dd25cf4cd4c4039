package org.p2mdbg.ui.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.p2mdbg.debug.session.P2mSession;

/**
 * One side of a checkpoint diff: a trace position with the name the user picks it by (a scenario
 * checkpoint, the start, the end, or the session's current event).
 */
public record DiffPoint(String name, long position) {
    public static final String CURRENT = "current event";

    /** The points of a session: start, its checkpoints in scenario order, the current event, the end. */
    public static List<DiffPoint> of(P2mSession session) {
        List<DiffPoint> out = new ArrayList<>();
        out.add(new DiffPoint("start", 0));
        for (Map.Entry<String, Long> c : session.result().checkpoints().entrySet()) {
            out.add(new DiffPoint("checkpoint " + c.getKey(), c.getValue()));
        }
        out.add(new DiffPoint(CURRENT, session.position()));
        out.add(new DiffPoint("end", session.trace().size()));
        return out;
    }

    public String label() { return name + " (event " + position + ")"; }
}
