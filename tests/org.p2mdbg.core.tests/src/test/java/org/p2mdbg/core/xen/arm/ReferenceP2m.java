package org.p2mdbg.core.xen.arm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a p2m should hold, gfn by gfn, and the reference count every known frame should have,
 * written from the rules of Xen 4.8.5 at the granularity of one gfn: a foreign mapping takes a
 * reference; replacing or removing it drops that reference unless the new entry has the same base.
 * So mapping a page again where it already is leaks a reference, as 4.8.5 does.
 */
final class ReferenceP2m {
    final Map<Long, Long> mfnOf = new HashMap<>();
    final Set<Long> foreign = new HashSet<>();
    final Map<Long, Integer> refs = new HashMap<>();

    void map(long gfn, long mfn, boolean isForeign) {
        Long old = mfnOf.get(gfn);
        if (old != null && foreign.contains(gfn) && old != mfn) {
            refs.merge(old, -1, Integer::sum);
        }
        mfnOf.put(gfn, mfn);
        if (isForeign) {
            refs.merge(mfn, 1, Integer::sum);
            foreign.add(gfn);
        } else {
            foreign.remove(gfn);
        }
    }

    /** Destruction: every foreign entry still there gives its reference back; leaked ones stay. */
    void relinquishAll() {
        for (long gfn : Set.copyOf(mfnOf.keySet())) {
            unmap(gfn);
        }
    }

    void unmap(long gfn) {
        Long old = mfnOf.remove(gfn);
        if (old != null && foreign.remove(gfn)) {
            refs.merge(old, -1, Integer::sum);
        }
    }
}
