package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code p2mdbg step} driven by piped commands, as a terminal session would type them. */
class StepCommandTest {
    private static final String SEED000 = Cli.example("seed000-access-after-relinquish.p2m");

    private static String step(String commands) {
        Cli.Result r = Cli.withInput(commands, "step", SEED000);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    @Test void forwardsBackwardsAndByOperation() {
        assertEquals("""
                seed000-access-after-relinquish.p2m: 163 events, 8 operations, 5 findings, checkpoints: relinquished
                at the start, before event 0; 'h' for help
                start> #0 OPERATION_START operation 0: create domain dom0   [create domain dom0]
                #0> #3 FRAME_ALLOC mfn 0x40001 as P2M_TABLE of dom0   [create domain dom0 > arch_domain_create > p2m_init > p2m_alloc_table]
                #3> #7 OPERATION_START operation 1: create domain guest   [create domain guest]
                #7> #3 FRAME_ALLOC mfn 0x40001 as P2M_TABLE of dom0   [create domain dom0 > arch_domain_create > p2m_init > p2m_alloc_table]
                #3> #0 OPERATION_START operation 0: create domain dom0   [create domain dom0]
                #0> at the start, before event 0
                start> at the start already
                start>\s
                """, step("n\nn 3\no\nb 4\nob\nb\nb\n"));
    }

    @Test void toKindsFindingsAndCheckpoints() {
        String out = step("k PTE_WRITE\nf\nfb\nc relinquished\nkb pte_write\nk teleport\nc nowhere\nq\n");
        String[] lines = out.split("\n");
        assertEquals("start> #20 PTE_WRITE table 0x40000[0]: empty -> table at mfn 0x40005   [populate dom0 gfn=0x10000 nr=4 > populate_physmap"
                + " > guest_physmap_add_page > p2m_set_entry > __p2m_set_entry > level 1 > p2m_create_table]", lines[2]);
        // the first finding: the unmap reads the relinquished level-3 entry of gfn 0x40001
        assertTrue(lines[3].startsWith("#20> #138 PTE_READ table 0x4000b[1] = page mfn 0x40007, map_foreign, rw, xn   [unmap guest"), lines[3]);
        assertEquals("#138> no earlier finding", lines[4]);
        // the checkpoint was taken after 134 events: the current event is the 134th, #133
        assertTrue(lines[5].startsWith("#138> #133 "), lines[5]);
        // relinquish (lookup) wrote no entry: the last write before is the foreign mapping of gfn 0x40003
        assertTrue(lines[6].startsWith("#133> #112 PTE_WRITE table 0x4000b[3]: empty -> page mfn 0x40009, map_foreign, rw, xn   [map guest"), lines[6]);
        assertTrue(lines[7].startsWith("#112> expected an event kind (OPERATION_START, PTE_READ, "), lines[7]);
        assertEquals("#112> no checkpoint 'nowhere' in the scenario (known: relinquished; or @start, @end, @N)", lines[8]);
        assertEquals("#112> ", lines[9]);   // q: no newline after the prompt, and nothing more
        assertEquals(10, lines.length);
    }

    @Test void printAndWalkShowTheTablesAsTheyAreAtTheCurrentEvent() {
        String out = step("c @56\np\nw guest 0x40001\nc @end\nw guest 0x40001\nw dom0 0x10001\nw xen 0\nw guest\n");
        assertTrue(out.contains("""
                #55> event 55 of 163 (operation 2: populate dom0 gfn=0x10000 nr=4)
                  call path: populate dom0 gfn=0x10000 nr=4 > populate_physmap > guest_physmap_add_page > p2m_write_unlock
                  UNLOCK write lock of dom0
                  operands: a=0x0 b=0x1 c=0x0
                #55>   level 1  table 0x40002[1] = 0x0000000000000000  empty
                  not mapped: the walk stopped at level 1
                """), out);
        assertTrue(out.contains("""
                #162> the p2m of guest does not exist at this point (not created yet, or torn down)
                #162>   level 1  table 0x40000[0] = 0x004000004000577f  table at mfn 0x40005
                  level 2  table 0x40005[128] = 0x004000004000677f  table at mfn 0x40006
                  level 3  table 0x40006[1] = 0x00800000400077ff  page mfn 0x40007, ram_rw, rw
                  gfn 0x10001 -> mfn 0x40007 (order 0)
                #162> no table tree 'xen' in the scenario (known: dom0, guest, xen (once a xen-pt statement ran))
                #162> 'w guest' needs a gfn
                #162>\s
                """), out);
    }

    @Test void theEndOfTheInputEndsTheStepperCleanly() {
        String out = step("");
        assertTrue(out.endsWith("'h' for help\nstart> \n"), out);
        assertTrue(step("h\n").contains("w DOMAIN N     walk gfn N of DOMAIN's p2m"));
        assertTrue(step("frobnicate\n").contains("start> unknown command 'frobnicate' ('h' lists them)\n"));
        assertTrue(step("n 0\n").contains("start> expected a number of events (1 or more), found '0'\n"));
    }

    @Test void aBadFileIsBadInputBeforeAnyPrompt() {
        Cli.Result r = Cli.withInput("n\n", "step", "no-such.p2m").assertNoStackTrace();
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("cannot read no-such.p2m: no such file\n", r.err());
    }
}
