package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;

/**
 * Random populate / insert / remove / foreign-map sequences agree, after every step, with a plain
 * gfn-to-mfn map: through p2m_get_entry and through the side-effect-free Walker, and in every
 * frame's reference count. Destroying the guest then leaves no table and no page of the guest, and
 * no reference on dom0's pages but those Xen 4.8.5 leaks (a foreign page mapped again where it was).
 */
class P2mDifferentialProperties {
    @Provide Arbitrary<List<GuestOps.Op>> sequences() { return GuestOps.sequences(12); }

    @Provide Arbitrary<List<Long>> probes() { return Arbitraries.longs().between(0, GuestOps.REGION - 1).list().ofSize(16); }

    @Property(tries = 100)
    void theP2mAgreesWithAPlainMap(@ForAll("sequences") List<GuestOps.Op> ops, @ForAll("probes") List<Long> probes,
            @ForAll RelinquishStrategy strategy) {
        ArmHost host = new ArmHost("relinquish=" + strategy.scenarioName());
        GuestOps.populateDom0(host);
        Map<Long, Long> dom0 = leaves(host.machine.frames(), host.dom0.p2m());
        ReferenceP2m model = new ReferenceP2m();
        dom0.values().forEach(mfn -> model.refs.put(mfn, 1));
        TreeSet<Long> checked = new TreeSet<>(probes);

        for (GuestOps.Op op : ops) {
            int rc = op.apply(host);
            assertEquals(expect(op, model, host, dom0), rc, () -> "rc of " + op);
            for (long edge : edges(op)) {
                if (edge >= 0 && edge < GuestOps.REGION) {
                    checked.add(edge);
                }
            }
            for (long gfn : checked) {
                assertTranslates(host, model, gfn);
            }
            model.refs.forEach((mfn, n) -> assertEquals(n, host.machine.frames().refs(Mfn.of(mfn)), () -> "refs of " + Mfn.of(mfn) + " after " + op));
        }
        assertEquals(model.mfnOf, leaves(host.machine.frames(), host.guest.p2m()));

        assertEquals(0, host.guest.destroy());
        FrameStore frames = host.machine.frames();
        for (long m = frames.firstMfn(); m < frames.endMfn(); m++) {
            Mfn f = Mfn.of(m);
            assertFalse(frames.kind(f) != FrameKind.FREE && frames.owner(f) == host.guest.id(), () -> "guest frame " + f + " left");
        }
        // dom0's pages keep their allocation reference, plus only what Xen leaked
        model.relinquishAll();
        dom0.values().forEach(mfn -> assertEquals(model.refs.get(mfn), frames.refs(Mfn.of(mfn)), () -> "references to " + Mfn.of(mfn)));
    }

    /** Applies the operation to the model; returns the rc Xen must give. */
    private static int expect(GuestOps.Op op, ReferenceP2m model, ArmHost host, Map<Long, Long> dom0) {
        switch (op) {
            case GuestOps.Populate p -> {
                // the frames are the allocator's choice: fresh guest RAM, one reference each
                FrameStore frames = host.machine.frames();
                for (long i = 0; i < p.nr(); i++) {
                    WalkResult w = Walker.walk(frames::peek, host.guest.p2m().walkRequest(), p.gfn() + i);
                    Mfn f = w.output();
                    assertTrue(w.isMapped());
                    assertEquals(FrameKind.GUEST_RAM, frames.kind(f));
                    assertEquals(host.guest.id(), frames.owner(f));
                    assertFalse(model.refs.containsKey(f.value()), () -> f + " handed out twice");
                    model.refs.put(f.value(), 1);
                    model.map(p.gfn() + i, f.value(), false);
                }
                return 0;
            }
            case GuestOps.Insert ins -> {
                for (long i = 0; i < ins.nr(); i++) {
                    model.map(ins.gfn() + i, ins.mfn() + i, false);
                }
                return 0;
            }
            case GuestOps.Remove r -> {
                for (long i = 0; i < r.nr(); i++) {
                    model.unmap(r.gfn() + i);
                }
                return 0;
            }
            case GuestOps.MapForeign f -> {
                int rc = 0;
                for (long i = 0; i < f.nr(); i++) {
                    Long src = dom0.get(f.dom0Gfn() + i);
                    if (src == null) {
                        rc = rc == 0 ? Errno.EINVAL : rc;
                    } else {
                        model.map(f.gfn() + i, src, true);
                    }
                }
                return rc;
            }
        }
    }

    private static long[] edges(GuestOps.Op op) {
        long gfn;
        long nr;
        switch (op) {
            case GuestOps.Populate p -> { gfn = p.gfn(); nr = p.nr(); }
            case GuestOps.Insert i -> { gfn = i.gfn(); nr = i.nr(); }
            case GuestOps.Remove r -> { gfn = r.gfn(); nr = r.nr(); }
            case GuestOps.MapForeign f -> { gfn = f.gfn(); nr = f.nr(); }
        }
        return new long[] {gfn - 1, gfn, gfn + 1, gfn + nr / 2, gfn + nr - 1, gfn + nr};
    }

    private static void assertTranslates(ArmHost host, ReferenceP2m model, long gfn) {
        Long want = model.mfnOf.get(gfn);
        WalkResult w = Walker.walk(host.machine.frames()::peek, host.guest.p2m().walkRequest(), gfn);
        P2mEntry e = host.guest.p2m().getEntry(Gfn.of(gfn));
        if (want == null) {
            assertFalse(w.isMapped(), () -> "walker maps hole " + Gfn.of(gfn));
            assertFalse(e.isMapped(), () -> "p2m_get_entry maps hole " + Gfn.of(gfn));
        } else {
            assertEquals(Mfn.of(want), w.output(), () -> "walker at " + Gfn.of(gfn));
            assertEquals(Mfn.of(want), e.mfn(), () -> "p2m_get_entry at " + Gfn.of(gfn));
            assertEquals(model.foreign.contains(gfn), e.type() == P2mType.MAP_FOREIGN);
        }
    }

    /** Every mapped gfn of a p2m, read with untraced peeks. */
    static Map<Long, Long> leaves(FrameStore frames, P2m p2m) {
        Map<Long, Long> out = new HashMap<>();
        int rootSpan = Lpae.levelOrder(p2m.rootLevel()) + Lpae.LEVEL_SHIFT;
        for (int page = 0; page < p2m.rootPages(); page++) {
            collect(frames, p2m.root().add(page), p2m.rootLevel(), (long) page << rootSpan, out);
        }
        return out;
    }

    private static void collect(FrameStore frames, Mfn table, int level, long firstGfn, Map<Long, Long> out) {
        int order = Lpae.levelOrder(level);
        for (int i = 0; i < Lpae.ENTRIES; i++) {
            long d = frames.peek(table, i);
            long gfn = firstGfn + ((long) i << order);
            if (!P2mPte.valid(d)) {
                continue;
            }
            if (level < 3 && P2mPte.table(d)) {
                collect(frames, P2mPte.base(d), level + 1, gfn, out);
            } else {
                for (long j = 0; j < 1L << order; j++) {
                    out.put(gfn + j, P2mPte.base(d).value() + j);
                }
            }
        }
    }
}
