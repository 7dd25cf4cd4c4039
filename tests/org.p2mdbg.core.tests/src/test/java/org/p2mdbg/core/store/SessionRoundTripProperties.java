package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Save → load gives back every trace exactly: random scenarios made of the statement vocabulary
 * (p2m populate / map / foreign map / unmap, Xen page-table map and remove, checkpoints, then a
 * destroy or a relinquish and teardown, under random strategies and preemption), each saved, read
 * back structurally and compared column by column, then loaded (run again) and compared again.
 */
class SessionRoundTripProperties {
    private static final int GUEST = 0x80000;
    private static final int SPAN = 2048;
    private static final int DOM0_PAGES = 16;

    @Provide
    Arbitrary<String> statements() {
        Arbitrary<Integer> gfn = Arbitraries.oneOf(Arbitraries.of(GUEST, GUEST + 512), Arbitraries.integers().between(GUEST, GUEST + SPAN - 1));
        Arbitrary<Integer> nr = Arbitraries.integers().between(1, 300);
        Arbitrary<String> populate = Combinators.combine(gfn, nr).as((g, n) -> "populate guest gfn=" + g + " nr=" + Math.min(n, GUEST + SPAN - g));
        Arbitrary<String> unmap = Combinators.combine(gfn, nr).as((g, n) -> "unmap guest gfn=" + g + " nr=" + Math.min(n, GUEST + SPAN - g));
        Arbitrary<String> map = Combinators.combine(gfn, Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0x50000, 0x50fff))
                .as((g, n, m) -> "map guest gfn=" + g + " nr=" + n + " mfn=" + m + " type=ram_rw");
        Arbitrary<String> foreign = Combinators.combine(gfn, Arbitraries.integers().between(0, DOM0_PAGES - 1))
                .as((g, k) -> "map guest gfn=" + g + " nr=" + (DOM0_PAGES - k) + " foreign=dom0:" + (0x10000 + k));
        Arbitrary<String> xenMap = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 600),
                Arbitraries.of("rw", "rw,block", "ro", "rwx")).as((v, n, f) -> "xen-pt map virt=" + (0x200000 * (v + 1)) + " mfn=0x60000 nr=" + n + " flags=" + f);
        Arbitrary<String> xenRemove = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 600))
                .as((v, n) -> "xen-pt remove virt=" + (0x200000 * (v + 1)) + " nr=" + n);
        return Arbitraries.oneOf(populate, populate, unmap, map, foreign, xenMap, xenRemove);
    }

    @Provide
    Arbitrary<String> scenarios() {
        Arbitrary<String> relinquish = Arbitraries.of("legacy", "lookup", "remove");
        Arbitrary<String> preempt = Arbitraries.of("never", "every:1", "every:3", "at:2,5");
        Arbitrary<String> end = Arbitraries.of("", "destroy guest\n", "relinquish guest\nteardown guest\n");
        return Combinators.combine(relinquish, preempt, statements().list().ofMinSize(1).ofMaxSize(8), end).as((r, p, body, e) -> {
            StringBuilder s = new StringBuilder("machine arm64 ipa=40\noption relinquish=" + r + "\noption preempt=" + p
                    + "\ndomain dom0 id=0\ndomain guest id=1\npopulate dom0 gfn=0x10000 nr=" + DOM0_PAGES + "\n");
            for (int i = 0; i < body.size(); i++) {
                s.append(body.get(i)).append('\n').append(i % 3 == 2 ? "checkpoint c" + i + "\n" : "");
            }
            return s.append(e).toString();
        });
    }

    @Property(tries = 100)
    void everyTraceRoundTripsExactly(@ForAll("scenarios") String text) throws IOException {
        Session saved = Sessions.run(new SessionSource("r.p2m", text, Map.of()));
        byte[] file = Sessions.bytes(saved);
        StoredTrace stored = StoredTrace.read(file);
        stored.assertHolds(saved.result());
        Session loaded = SessionFiles.load(new ByteArrayInputStream(file), file.length, "r.p2mt");
        stored.assertHolds(loaded.result());
        assertEquals(saved.source(), loaded.source());
        assertEquals(saved.result().findings(), loaded.result().findings());
        assertEquals(List.copyOf(saved.result().checkpoints().keySet()), List.copyOf(loaded.result().checkpoints().keySet()));
    }
}
