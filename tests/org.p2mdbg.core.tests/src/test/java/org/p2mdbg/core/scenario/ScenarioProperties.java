package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.walk.Walker;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of whole scenarios: bad text is always a positioned ScenarioException; p2m contents match a set model. */
class ScenarioProperties {
    private static final int GFNS = 2048;   // four 2 MiB regions: populate may use blocks, unmap may split them

    /** A line made of words scenarios use, in any order: most are wrong, some are right. */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> word = Arbitraries.of("machine", "arm64", "domain", "populate", "map", "unmap", "xen-pt", "destroy",
                "relinquish", "teardown", "checkpoint", "option", "guest", "dom0", "gfn=", "nr=", "size=", "mfn=", "type=ram_rw",
                "foreign=dom0:", "virt=", "flags=rw", "id=", "0x200000", "12", "2M", "abc", "=", ";", "#", "preempt=every:2", "\t");
        Arbitrary<String> line = word.list().ofMaxSize(8).map(w -> String.join(" ", w).replace("= ", "=").replace(": ", ":"));
        return line.list().ofMaxSize(6).map(l -> String.join("\n", l));
    }

    @Property(tries = 300)
    void badTextIsAlwaysAScenarioErrorWithAPosition(@ForAll("lines") String body) {
        String source = "machine arm64\ndomain dom0 id=0\ndomain guest id=1\n" + body;
        try {
            ScenarioParser.parse("p.p2m", source);
        } catch (ScenarioException e) {
            List<String> lines = source.lines().toList();
            assertTrue(e.line() >= 1 && e.line() <= lines.size(), e.getMessage());
            assertTrue(e.column() >= 1 && e.column() <= lines.get(e.line() - 1).length() + 1, e.getMessage());
            assertTrue(e.getMessage().startsWith("p.p2m:" + e.line() + ":" + e.column() + ": expected ")
                    || e.getMessage().contains("option"), e.getMessage());
        }
    }

    /** A populate or an unmap of a range inside the first GFNS frames. */
    record Step(boolean populate, int gfn, int nr) {
        String line() { return (populate ? "populate" : "unmap") + " guest gfn=" + gfn + " nr=" + nr; }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> gfn = Arbitraries.oneOf(Arbitraries.of(0, 512, 1024), Arbitraries.integers().between(0, GFNS - 1));
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(true, false), gfn, Arbitraries.integers().between(1, 600))
                .as((p, g, n) -> new Step(p, g, Math.min(n, GFNS - g)));
        return step.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 100)
    void theP2mMapsExactlyWhatASetOfGfnsSays(@ForAll("steps") List<Step> steps) {
        StringBuilder src = new StringBuilder("machine arm64 ipa=40\ndomain guest id=1\n");
        BitSet model = new BitSet(GFNS);
        for (Step s : steps) {
            src.append(s.line()).append('\n');
            if (s.populate()) {
                model.set(s.gfn(), s.gfn() + s.nr());
            } else {
                model.clear(s.gfn(), s.gfn() + s.nr());
            }
        }
        RunResult r = ScenarioRunner.start(ScenarioParser.parse("p.p2m", src.toString())).runToEnd();
        assertEquals(List.of(), r.errors());
        assertEquals(model.cardinality(), r.domains().get(0).mappedPages());
        Domain guest = r.machine().domain("guest").orElseThrow();
        for (int g = 0; g < GFNS; g++) {
            assertEquals(model.get(g), Walker.walk(r.machine().frames()::peek, guest.p2m().walkRequest(), g).isMapped(), "gfn " + g);
        }
    }
}
