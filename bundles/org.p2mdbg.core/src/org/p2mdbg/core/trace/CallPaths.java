package org.p2mdbg.core.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interned call paths ("operation > function > level"): each path is a parent id plus a label, so
 * an event stores one int for its whole call path.
 */
public final class CallPaths {
    public static final int ROOT = 0;

    private final List<String> labels = new ArrayList<>(List.of(""));
    private final List<Integer> parents = new ArrayList<>(List.of(-1));
    /** For each path, its children by label: no key is built per call (enter() is on the hot path). */
    private final List<Map<String, Integer>> children = new ArrayList<>(List.of(new HashMap<>()));

    public int child(int parent, String label) {
        Map<String, Integer> known = children.get(parent);
        Integer id = known.get(label);
        if (id == null) {
            id = labels.size();
            labels.add(label);
            parents.add(parent);
            children.add(new HashMap<>());
            known.put(label, id);
        }
        return id;
    }

    /** How many paths are interned, the root included: ids run from 0 to size() - 1, parents first. */
    public int size() { return labels.size(); }

    public int parent(int path) { return parents.get(path); }

    /** How many frames a path has (0 for the root, 1 for an operation, 2 for a function it calls...). */
    public int depth(int path) {
        int d = 0;
        for (int p = path; p > ROOT; p = parents.get(p)) {
            d++;
        }
        return d;
    }

    public String label(int path) { return labels.get(path); }

    /** The frames of a path, outermost first. */
    public List<String> frames(int path) {
        List<String> out = new ArrayList<>();
        for (int p = path; p > ROOT; p = parents.get(p)) {
            out.add(0, labels.get(p));
        }
        return out;
    }

    public String format(int path) { return String.join(" > ", frames(path)); }
}
