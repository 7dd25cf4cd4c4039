package org.p2mdbg.core.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.scenario.Examples;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioFiles;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.x86pv.PvAddressSpace;

/** Seed 002's PV guest: a user page walked PML4 to PT through its pgd, as the format-neutral walk. */
class X86PvWalkTest {
    @Test void aUserPageOfAPvGuestWalksPml4ToPt() throws IOException {
        RunResult r = ScenarioRunner.start(ScenarioFiles.parse(Examples.path("seed002-pv-exit.p2m"))).runTo(5);   // mapped and pinned
        var guest = r.machine().domain("guest").orElseThrow();
        PvAddressSpace mm = r.systems().pvAddressSpace(guest).orElseThrow();
        DecodedWalk w = X86PvWalk.ofUserAddress("guest", r.machine().frames()::peek, mm.pgd(), 0x403123L);
        assertEquals("guest VA 0x403123 (x86-64 PV, pgd 0x40001)", w.title());
        assertEquals(List.of("PML4[0] TABLE", "PDPT[0] TABLE", "PD[2] TABLE", "PT[3] PAGE"),
                w.levels().stream().map(l -> l.levelName() + "[" + l.index() + "] " + l.role()).toList());
        assertEquals(0x40001000L, w.levels().get(0).table());
        assertEquals(mm.translate(new Va(0x403123L)).value() << 12, w.output());
        assertEquals("MFN 0x" + Long.toHexString(w.output() >>> 12) + ", 4 KiB mapping", w.outcome());
        assertEquals("table", w.levels().get(0).kind());

        DecodedWalk hole = X86PvWalk.ofUserAddress("guest", r.machine().frames()::peek, mm.pgd(), 0x7f0000000000L);
        assertEquals("translation fault at PML4[254]: not present", hole.outcome());
    }
}
