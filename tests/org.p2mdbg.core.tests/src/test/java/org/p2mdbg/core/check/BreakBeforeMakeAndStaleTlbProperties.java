package org.p2mdbg.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.p2mdbg.core.check.TinyHypervisor.GUEST;
import static org.p2mdbg.core.check.TinyHypervisor.page;
import static org.p2mdbg.core.check.TinyHypervisor.readOnly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.p2mdbg.core.mem.Mfn;

/**
 * Random map / unmap / permission changes / flushes / unlocks of the p2m lock the writes are made
 * under / operation ends on 16 gfns of one
 * level-3 table, checked against a reference that knows nothing of tables: one value per gfn and a
 * list of changes not yet flushed.
 */
class BreakBeforeMakeAndStaleTlbProperties {
    private static final int GFNS = 16;

    /** One step: kind 0 map, 1 map read-only, 2 unmap, 3 full flush, 4 range flush, 5 unlock, 6 new operation. */
    record Step(int kind, int gfn, int mfn, int frames) {}

    @Provide Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.integers().between(0, 6).flatMap(kind -> Arbitraries.integers().between(0, GFNS - 1)
                .flatMap(gfn -> Arbitraries.integers().between(0, 2)
                        .flatMap(mfn -> Arbitraries.integers().between(1, 4).map(n -> new Step(kind, gfn, mfn, n)))));
        return step.list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void findingsAgreeWithAFlatReferenceModel(@ForAll("steps") @Size(max = 40) List<Step> steps) {
        TinyHypervisor h = TinyHypervisor.guestWithOnePage();
        h.write(h.level3, 5, 0);                       // start from 16 invalid entries (event 10)
        h.flush(GUEST);                                // 11
        h.lock(GUEST);                                 // 12: the steps write under the p2m lock, an unlock drops and retakes it
        Reference ref = new Reference(h.last() + 1);
        for (Step s : steps) {
            switch (s.kind()) {
                case 0, 1 -> {
                    long d = page(new Mfn(0x2000 + s.mfn()));
                    long v = s.kind() == 1 ? readOnly(d) : d;
                    ref.write(h.write(h.level3, s.gfn(), v), s.gfn(), v);
                }
                case 2 -> ref.write(h.write(h.level3, s.gfn(), 0), s.gfn(), 0);
                case 3 -> ref.flush(h.flush(GUEST), 0, Long.MAX_VALUE);
                case 4 -> ref.flush(h.flush(GUEST, s.gfn(), s.frames()), s.gfn(), s.frames());
                case 5 -> {
                    long unlock = h.unlock(GUEST);
                    ref.deadline(unlock, unlock);
                    h.lock(GUEST);
                }
                default -> ref.deadline(h.op("step"), h.last() - 1);
            }
        }
        ref.deadline(-1, h.last());

        List<String> actual = new ArrayList<>();
        for (Finding f : h.check(Rule.BBM_VIOLATION, Rule.STALE_TLB)) {
            actual.add(f.rule() + "@" + f.event() + f.proof());
        }
        assertEquals(ref.expected, actual);
    }

    /** What the two rules say, from first principles, over 16 entries. */
    private static final class Reference {
        final long[] value = new long[GFNS];
        final long[] writtenAt = new long[GFNS];
        /** Unflushed changes: {event, gfn, old value, reported (0/1)}. */
        final List<long[]> unflushed = new ArrayList<>();
        final List<String> expected = new ArrayList<>();
        final List<String> pendingAtSameEvent = new ArrayList<>();

        Reference(long firstEvent) { Arrays.fill(writtenAt, -1); }

        void write(long e, int gfn, long v) {
            long old = value[gfn];
            long bbmBits = ~(3L << 6 | 0xfL << 55 | 3L << 53);   // all but S2AP, software bits, XN
            if (valid(v)) {
                if (valid(old)) {
                    if (((old ^ v) & bbmBits) != 0) {
                        expected.add("BBM_VIOLATION@" + e + List.of(writtenAt[gfn], e));
                    }
                } else {
                    long[] latest = null;
                    for (long[] c : unflushed) {
                        if (c[1] == gfn) {
                            latest = c;
                        }
                    }
                    if (latest != null && ((latest[2] ^ v) & bbmBits) != 0) {
                        expected.add("BBM_VIOLATION@" + e + List.of(latest[0], e));
                    }
                }
            }
            if (valid(old) && old != v) {
                unflushed.add(new long[] {e, gfn, old, 0});
            }
            value[gfn] = v;
            if (valid(v)) {
                writtenAt[gfn] = e;
            }
        }

        void flush(long e, long first, long frames) {
            unflushed.removeIf(c -> c[1] >= first && c[1] - first < frames);
        }

        /** An unlock or an operation's end: every unreported change is one STALE_TLB finding at {@code at}. */
        void deadline(long e, long at) {
            List<Long> proof = new ArrayList<>();
            for (long[] c : unflushed) {
                if (c[3] == 0) {
                    c[3] = 1;
                    proof.add(c[0]);
                }
            }
            if (!proof.isEmpty()) {
                if (proof.get(proof.size() - 1) != at) {
                    proof.add(at);
                }
                expected.add("STALE_TLB@" + at + proof);
            }
        }

        private static boolean valid(long d) { return (d & 1) != 0; }
    }
}
