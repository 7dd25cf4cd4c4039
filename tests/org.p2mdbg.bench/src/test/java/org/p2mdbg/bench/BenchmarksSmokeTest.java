package org.p2mdbg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.trace.EventKind;

/**
 * Every benchmark method run once on a small size, as the normal test command runs it: each must
 * complete and return the count it is expected to. No timing is asserted (releng/bench.sh times).
 */
class BenchmarksSmokeTest {
    private static final long PAGES = 65536;   // 256 MiB: 128 level-3 tables under one level-2 table
    private final Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void populateMapsEveryPage() {
        PopulateBenchmark b = new PopulateBenchmark();
        b.pages = PAGES;
        assertEquals(PAGES, b.rawDescriptors4k());
        assertEquals(PAGES, b.populate4k(), "level-3 mappings");
        assertEquals(PAGES, b.frameStoreWalks4k(), "leaves written by the frame-store walks alone");
        // 64 Ki pages are less than 1 GiB: 128 extents of 2 MiB, each mapped as one block
        assertEquals(PAGES, b.populateSuperpages(), "pages covered by the blocks");
        WarmHeapPopulateBenchmark warm = new WarmHeapPopulateBenchmark();
        warm.pages = PAGES;
        assertEquals(PAGES, warm.rawDescriptors4k());
        assertEquals(PAGES, warm.populate4k());
    }

    /**
     * The recorded populate returns its 65,536 mappings plus its events, counted by hand:
     * creating the domain 7 (operation start, domain state, 2 root allocations, 2 root cleans, TLB
     * flush); the populate operation start 1; 127 preemption checks (before each 2 MiB extent but
     * the first); per extent 512 allocations, 512 references, a lock and an unlock (128 × 1026);
     * per page 2 table reads, the read of the old entry and the write (65,536 × 4); per table made
     * (one level-2, 128 level-3) an allocation, the write linking it and the re-read (129 × 3).
     */
    @Test
    void recordingCountsEveryEvent() {
        RecordingBenchmark b = new RecordingBenchmark();
        b.pages = PAGES;
        assertEquals(PAGES, b.populate4kUntraced(), "no events without a trace");
        long events = 7 + 1 + 127 + 128 * 1026 + PAGES * 4 + 129 * 3;
        assertEquals(PAGES + events, b.populate4kRecorded());
        b.countEvents();
        assertEquals(events, b.events);
        long alone = b.recordEventsOnly();
        assertTrue(alone >= events && alone < events + 6, "the same events without the emulation, whole pages of them: " + alone);
    }

    @Test
    void translationFindsEveryGfnMapped() {
        TranslateBenchmark b = new TranslateBenchmark();
        b.pages = PAGES;
        b.populate();
        assertEquals(PAGES, b.scanRawDescriptors(sink));
        assertEquals(PAGES, b.getEntryEveryGfn(sink));
        assertEquals(PAGES, b.walkEveryGfn(sink));
        assertEquals(PAGES, b.translateRangeEveryGfn(sink));
    }

    @Test
    void traceWorkEndsWhereItStarted() {
        TraceBenchmark b = new TraceBenchmark();
        b.pages = 4096;
        b.record();
        long size = b.run.trace.size();
        long endState = b.run.host.machine.stateHash();
        for (int i = 0; i < 3; i++) {
            long target = b.seekToRandomEventAndBack();
            assertTrue(target >= 0 && target <= size, "jumped to " + target);
            assertEquals(size, b.cursor.position());
            assertEquals(endState, b.run.host.machine.stateHash(), "back at the end after the jump to " + target);
        }
        assertEquals(size, b.seekToStartAndBack());
        assertEquals(endState, b.run.host.machine.stateHash());
        assertEquals(-1, b.breakScannerNextOverWholeTrace());
        assertEquals(0, countOf(b, EventKind.FINDING), "the scanner's conditions really hold nowhere");
        assertEquals(0, b.ruleCheckerCheckAll(), "populate then destroy (remove) breaks no rule");
    }

    /**
     * 64 Ki pages from gfn 0x40000 are 256 MiB under root entry 1: the guest, its p2m and its two
     * concatenated root tables (4), root entry 1, its level-2 table and that table's 128 valid
     * entries, the first level-3 table with its 512 pages, and the first page's 10 fields.
     */
    @Test
    void theLazyModelMakesOnlyTheOpenedPath() {
        LazyModelBenchmark b = new LazyModelBenchmark();
        b.pages = PAGES;
        b.populate();
        assertEquals(4 + 1 + 1 + 128 + 1 + 512 + 10, b.openOnePath());
    }

    private static long countOf(TraceBenchmark b, EventKind kind) {
        long n = 0;
        for (long e = 0; e < b.run.trace.size(); e++) {
            if (b.run.trace.kind(e) == kind) {
                n++;
            }
        }
        return n;
    }

    /** The scale scenarios (scenarios/, run by hand: README) still parse; running them takes seconds to minutes. */
    @Test
    void scaleScenariosParse() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            long parsed = files.filter(f -> f.toString().endsWith(".p2m"))
                    .peek(f -> assertTrue(ScenarioParser.parse(f.getFileName().toString(), read(f)).statements().size() > 3, f.toString()))
                    .count();
            assertEquals(3, parsed, "scale scenarios");
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new IllegalStateException(f + ": " + e.getMessage(), e);
        }
    }
}
