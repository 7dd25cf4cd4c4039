package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.scenario.Examples;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;

/**
 * What the Address Map shows as relinquished, on seed 000's domain (1536 foreign pages, a 2 MiB
 * device block, 3 RAM pages) destroyed with each strategy: hand-counted at each preemption, before
 * teardown frees the tables, and after it; the 2 MiB block as one level-2 slot when relinquish
 * removes it.
 */
class RelinquishedEntriesTest {
    @Test void lookupPutsTheForeignPagesAndLeavesTheBlockAndRam() throws IOException {
        // preempted after 1023 puts (the 1024th lookup's check, before its put), then done with all 1536
        assertEquals(List.of(0, 0, 1023, 1536), atPreemptions("seed000-relinquish-lookup.p2m"));
        Strategy s = strategy("seed000-relinquish-lookup.p2m");
        assertEquals(1536, s.beforeTeardown.size());
        assertFalse(s.beforeTeardown.contains(s.deviceBlockSlot), "lookup steps over the device block");
        assertEquals(0, s.entries.before(s.run.events()).size(), "teardown freed every table");
    }

    @Test void removeAlsoRemovesTheDeviceBlockAndTheRamPages() throws IOException {
        // the block (gfn 0x80000) comes after the foreign pages and before the RAM: 1537 at the last preemption
        assertEquals(List.of(0, 0, 1023, 1537), atPreemptions("seed000-relinquish-remove.p2m"));
        Strategy s = strategy("seed000-relinquish-remove.p2m");
        assertEquals(1536 + 1 + 3, s.beforeTeardown.size());
        assertTrue(s.beforeTeardown.contains(s.deviceBlockSlot), "the 2 MiB block, a level-2 entry");
        assertEquals(0, s.entries.before(s.run.events()).size());
    }

    @Test void legacyRemovesEverythingInStepsOf513() throws IOException {
        // Xen 4.7's apply_p2m_changes checks for preemption by its own count
        assertEquals(List.of(0, 0, 513, 1026, 1536), atPreemptions("seed000-relinquish-legacy.p2m"));
        Strategy s = strategy("seed000-relinquish-legacy.p2m");
        assertEquals(1540, s.beforeTeardown.size());
        assertTrue(s.beforeTeardown.contains(s.deviceBlockSlot));
    }

    @Test void anyOrderOfQuestionsGivesTheAnswerOfAFreshScan() throws IOException {
        Strategy s = strategy("seed000-relinquish-remove.p2m");
        long n = s.run.events();
        Random random = new Random(7);
        RelinquishedEntries fresh;
        for (int i = 0; i < 60; i++) {
            // forwards and backwards, near and far, as stepping and jumping ask
            long p = i % 3 == 0 ? random.nextLong(n + 1) : Math.min(n, Math.max(0, n - 15_000 + random.nextLong(15_000)));
            fresh = new RelinquishedEntries(s.run.trace());
            assertEquals(new HashSet<>(fresh.before(p)), new HashSet<>(s.entries.before(p)), "at position " + p);
        }
    }

    private record Strategy(RunResult run, RelinquishedEntries entries, Set<Long> beforeTeardown, long deviceBlockSlot) {}

    private static Strategy strategy(String example) throws IOException {
        RunResult run = ScenarioRunner.run(Examples.path(example), Map.of());
        Trace t = run.trace();
        long beforeDestroy = run.checkpoints().get("before-destroy");
        RunResult mapped = ScenarioRunner.start(run.scenario()).runTo(9);   // up to the checkpoint: everything mapped
        WalkStep block = Walker.walk(mapped.machine().frames()::peek, mapped.machine().domain("guest").orElseThrow().p2m().walkRequest(), 0x80000)
                .last();
        assertEquals(2, block.level(), "gfn 0x80000 is mapped by a 2 MiB block");
        long firstTeardownFree = beforeDestroy;
        while (!(t.kind(firstTeardownFree) == EventKind.FRAME_FREE && t.callPaths().frames(t.path(firstTeardownFree)).contains("p2m_teardown"))) {
            firstTeardownFree++;
        }
        RelinquishedEntries entries = new RelinquishedEntries(t);
        Set<Long> before = new HashSet<>(entries.before(firstTeardownFree));
        return new Strategy(run, entries, before, block.table().value() << 9 | block.index());
    }

    private static List<Integer> atPreemptions(String example) throws IOException {
        RunResult run = ScenarioRunner.run(Examples.path(example), Map.of());
        RelinquishedEntries entries = new RelinquishedEntries(run.trace());
        List<Integer> out = new ArrayList<>();
        for (long e = 0; e < run.events(); e++) {
            if (run.trace().kind(e) == EventKind.PREEMPTION) {
                out.add(entries.before(e + 1).size());
            }
        }
        return out;
    }
}
