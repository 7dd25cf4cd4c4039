package org.p2mdbg.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/** A frame whose reference count differs between two trace positions (from its REF_GET / REF_PUT events). */
public record ReferenceChange(Mfn mfn, long before, long after) {
    /** The frames whose count ended {@code to} other than it was at {@code from}, by MFN. */
    public static List<ReferenceChange> between(Trace trace, long from, long to) {
        long lo = Math.min(from, to);
        long hi = Math.max(from, to);
        Map<Long, long[]> counts = new TreeMap<>();   // mfn -> {count at lo, count at hi}
        for (long e = lo; e < hi; e++) {
            EventKind k = trace.kind(e);
            if (k == EventKind.REF_GET || k == EventKind.REF_PUT) {
                long now = trace.b(e);
                long[] c = counts.computeIfAbsent(trace.a(e), m -> new long[] {k == EventKind.REF_GET ? now - 1 : now + 1, 0});
                c[1] = now;
            }
        }
        List<ReferenceChange> out = new ArrayList<>();
        counts.forEach((mfn, c) -> {
            if (c[0] != c[1]) {
                out.add(from <= to ? new ReferenceChange(new Mfn(mfn), c[0], c[1]) : new ReferenceChange(new Mfn(mfn), c[1], c[0]));
            }
        });
        return out;
    }
}
