package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code p2mdbg diff}: every table tree compared, entry by entry, between two places of the trace. */
class DiffCommandTest {
    @Test void theThinSliceBuildsTwoLevelsOfTablesAPageAndABlock() {
        Cli.Result r = Cli.run("diff", Cli.example("thin-slice.p2m"), "--from", "@3", "--to", "@end", "--domain", "guest");
        assertEquals(0, r.code(), r.err());
        // after event 2 (the first root page) the root is not complete yet: the tree counts as created in between.
        // gfn 0x80000 is entry 2 of level 1 (1 GiB each), entry 0 of level 2, entry 0 of level 3; the 2 MiB block
        // of 0x80200 is entry 1 of the same level-2 table. Frames: root 0x40000-1, page 0x40002, tables 0x40003-4.
        assertEquals("""
                thin-slice.p2m: from @3 (after 3 events) to @end (after 1052 events)

                the p2m of guest (root mfn 0x40000, level 1, 2 pages): created in between
                  4 added, 0 removed, 0 changed; 3 tables allocated, 0 freed
                  added   level 1  gfn 0x80000..0xbffff         table at mfn 0x40003
                  added   level 2  gfn 0x80000..0x801ff         table at mfn 0x40004
                  added   level 3  gfn 0x80000                  page mfn 0x40002, ram_rw, rw
                  added   level 2  gfn 0x80200..0x803ff         block mfn 0x40200, ram_rw, rw
                  tables allocated: 0x40001, 0x40003, 0x40004
                """, r.out());
    }

    @Test void teardownRemovesEveryEntryOfTheGuestAndLeavesDom0Alone() {
        Cli.Result r = Cli.run("diff", Cli.example("seed000-access-after-relinquish.p2m"), "--from", "relinquished", "--to", "@end");
        assertEquals(0, r.code(), r.err());
        // relinquish (lookup) left the 4 foreign entries in place; teardown then frees the 4 tables, root included
        assertEquals("""
                seed000-access-after-relinquish.p2m: from relinquished (after 134 events) to @end (after 163 events)

                the p2m of dom0 (root mfn 0x40000, level 1, 2 pages)
                  no change

                the p2m of guest (root mfn 0x40002, level 1, 2 pages): torn down in between
                  0 added, 6 removed, 0 changed; 0 tables allocated, 4 freed
                  removed level 1  gfn 0x40000..0x7ffff         table at mfn 0x4000a
                  removed level 2  gfn 0x40000..0x401ff         table at mfn 0x4000b
                  removed level 3  gfn 0x40000                  page mfn 0x40004, map_foreign, rw, xn
                  removed level 3  gfn 0x40001                  page mfn 0x40007, map_foreign, rw, xn
                  removed level 3  gfn 0x40002                  page mfn 0x40008, map_foreign, rw, xn
                  removed level 3  gfn 0x40003                  page mfn 0x40009, map_foreign, rw, xn
                  tables freed: 0x40002, 0x40003, 0x4000a, 0x4000b
                """, r.out());
    }

    @Test void backwardsTheSameEntriesAreAdded() throws IOException {
        Cli.Result r = Cli.run("diff", Cli.example("seed000-access-after-relinquish.p2m"), "--from", "@end", "--to", "relinquished",
                "--domain", "guest", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode guest = new ObjectMapper().readTree(r.out()).get("trees").get(0);
        assertEquals("guest", guest.get("name").asText());
        assertEquals(6, guest.get("added").asInt());
        assertEquals(0, guest.get("removed").asInt());
        assertEquals(4, guest.get("tables_allocated").size());
        JsonNode page = guest.get("entries").get(3);
        assertEquals("added", page.get("change").asText());
        assertEquals("0x40001", page.get("gfn").asText());
        assertEquals("0x0000000000000000", page.get("old").asText());
        assertEquals("page mfn 0x40007, map_foreign, rw, xn", page.get("new_decoded").asText());
        assertEquals("page", page.get("new_kind").asText());
    }

    @Test void theSameSessionFromAFileGivesTheSameDiff(@TempDir Path dir) {
        Path session = dir.resolve("s.p2mt");
        assertEquals(0, Cli.run("run", Cli.example("seed000-access-after-relinquish.p2m"), "--trace", session.toString()).code());
        Cli.Result fromScenario = Cli.run("diff", Cli.example("seed000-access-after-relinquish.p2m"), "--from", "@start", "--to", "relinquished");
        Cli.Result fromSession = Cli.run("diff", session.toString(), "--from", "@start", "--to", "relinquished");
        assertEquals(0, fromSession.code(), fromSession.err());
        assertEquals(fromScenario.out(), fromSession.out());
        Cli.Result summary = Cli.run("diff", session.toString(), "--from", "@start", "--to", "relinquished", "--summary");
        assertEquals(fromScenario.out().lines().filter(l -> !l.matches("  (added|removed|changed|tables) .*")).toList(), summary.out().lines().toList());
    }

    @Test void unknownPlacesAndTreesAreBadInput() {
        String f = Cli.example("seed000-access-after-relinquish.p2m");
        Cli.Result checkpoint = Cli.run("diff", f, "--from", "before", "--to", "@end").assertNoStackTrace();
        assertEquals(2, checkpoint.code());
        assertEquals("no checkpoint 'before' in the scenario (known: relinquished; or @start, @end, @N)\n", checkpoint.err());
        assertEquals("expected a position from @0 to @163 (the trace has 163 events), found '@164'\n",
                Cli.run("diff", f, "--from", "@164", "--to", "@end").err());
        assertEquals("expected @start, @end or @N (a number of events), found '@first'\n", Cli.run("diff", f, "--from", "@first", "--to", "@end").err());
        Cli.Result domain = Cli.run("diff", f, "--from", "@start", "--to", "@end", "--domain", "dom7").assertNoStackTrace();
        assertEquals(2, domain.code());
        assertEquals("no table tree 'dom7' in the scenario (known: dom0, guest, xen (once a xen-pt statement ran))\n", domain.err());
        assertEquals("", domain.out());
        assertEquals(2, Cli.run("diff", f, "--to", "@end").code());   // --from is required
    }
}
