package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.scenario.Examples;
import org.p2mdbg.core.store.SessionFiles;
import org.p2mdbg.core.trace.CostCounter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The p2mdbg command as a user calls it: exit codes, stdout, stderr, and the files it writes. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one invocation printed and returned. */
    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String example(String name) { return Examples.path(name).toString(); }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test void runPrintsASummaryAndExitsWithZero() {
        Result r = run("run", example("thin-slice.p2m"));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("scenario thin-slice.p2m: 3 operations, 1052 events\n"), r.out());
        assertTrue(r.out().contains("\n  pte_writes                          4\n"), r.out());
        assertTrue(r.out().contains("\nguest             1 running             513            0x80000            0x80400       4         0\n"),
                r.out());
    }

    @Test void jsonHasEveryNameOfTheContractAndNothingElseIsPrinted() throws IOException {
        Result r = run("run", example("seed004-xen-pt-rejections.p2m"), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());   // the whole of stdout is one JSON object
        for (String key : List.of("scenario", "events", "operations", "costs", "findings", "errors", "domains")) {
            assertTrue(o.has(key), key);
        }
        assertEquals("seed004-xen-pt-rejections.p2m", o.get("scenario").asText());
        assertEquals(14, o.get("operations").asInt());
        List<String> costNames = new ArrayList<>();
        o.get("costs").fieldNames().forEachRemaining(costNames::add);
        assertEquals(List.of(CostCounter.NAMES), costNames);
        assertEquals(8, o.get("costs").get("tlb_flushes").asLong());
        JsonNode error = o.get("errors").get(1);
        for (String key : List.of("operation", "function", "code", "check", "message")) {
            assertTrue(error.has(key), key);
        }
        assertEquals(2, error.get("operation").asInt());
        assertEquals("xen_pt_check_entry", error.get("function").asText());
        assertEquals("-EINVAL", error.get("code").asText());
        assertEquals("insert-replaces-valid", error.get("check").asText());
        assertEquals(11, o.get("errors").size());
    }

    @Test void jsonFindingsAndDomainsCarryTheirKeysAndHexStrings() throws IOException {
        Result r = run("run", example("seed000-access-after-relinquish.p2m"), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());
        JsonNode finding = o.get("findings").get(0);
        for (String key : List.of("rule", "domain", "mfn", "gfn", "event", "message")) {
            assertTrue(finding.has(key), key);
        }
        assertEquals("RELINQUISHED_ENTRY_ACCESS", finding.get("rule").asText());
        assertEquals("0x40001", finding.get("gfn").asText());
        JsonNode guest = o.get("domains").get(1);
        for (String key : List.of("name", "id", "state", "mapped_pages", "lowest_mapped_gfn", "max_mapped_gfn", "tables", "refs_held")) {
            assertTrue(guest.has(key), key);
        }
        assertEquals("guest", guest.get("name").asText());
        assertEquals("destroyed", guest.get("state").asText());
        assertEquals("0x40004", guest.get("max_mapped_gfn").asText());
        assertEquals(134, o.get("checkpoints").get("relinquished").asLong());   // 133 events, then the relinquish marks the domain dying (a DOMAIN_STATE event)
    }

    @Test void findingsFailTheRunOnlyWhenAsked() {
        assertEquals(0, run("run", example("seed000-access-after-relinquish.p2m")).code());
        assertEquals(1, run("run", example("seed000-access-after-relinquish.p2m"), "--fail-on-findings").code());
        assertEquals(0, run("run", example("thin-slice.p2m"), "--fail-on-findings").code());
    }

    @Test void aBadScenarioExitsWithTwoAndSaysWhere(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.p2m"), "machine arm64\ndomain guest id=1\npopulate guest gfn=0 nr=abc\n");
        Result r = run("run", bad.toString(), "--json");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(bad + ":3:25: expected a number after 'nr=', found 'abc'\n", r.err());
        assertNoStackTrace(r);
    }

    @Test void badInputOfEveryKindExitsWithTwo(@TempDir Path dir) {
        Result missing = run("run", dir.resolve("none.p2m").toString());
        assertEquals(2, missing.code());
        assertEquals("cannot read " + dir.resolve("none.p2m") + ": no such file\n", missing.err());
        Result option = run("run", example("thin-slice.p2m"), "--option", "relinquish=sometimes");
        assertEquals(2, option.code());
        assertEquals("--option: bad value sometimes for option relinquish (expected legacy | lookup | remove)\n", option.err());
        Result unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("p2mdbg: Unmatched argument at index 0: 'frobnicate'"), unknown.err());
        assertEquals(2, run().code());
        assertEquals(2, run("run").code());
        assertEquals(2, run("run", example("thin-slice.p2m"), "--no-such-flag").code());
        for (Result r : List.of(missing, option, unknown)) {
            assertEquals("", r.out());
            assertNoStackTrace(r);
        }
    }

    @Test void optionsFromTheCommandLineWinOverTheScenarios() throws IOException {
        Result lookup = run("run", example("seed000-relinquish-legacy.p2m"), "--json", "--option", "relinquish=lookup");
        // the lookup strategy writes no PTE while relinquishing: only the 1550 writes made before destroy
        assertEquals(1550, JSON.readTree(lookup.out()).get("costs").get("pte_writes").asLong());
    }

    @Test void theTraceIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("trace.txt");
        assertEquals(0, run("run", example("thin-slice.p2m"), "--trace", out.toString()).code());
        assertEquals(1052, SessionFiles.load(out).result().events());   // a session file (docs/FILE-FORMAT.md)

        Path bad = Files.writeString(dir.resolve("bad.p2m"), "machine arm64\nfrob\n");
        Path notWritten = dir.resolve("never.txt");
        assertEquals(2, run("run", bad.toString(), "--trace", notWritten.toString()).code());
        Result noDir = run("run", example("thin-slice.p2m"), "--trace", dir.resolve("missing/trace.txt").toString());
        assertEquals(2, noDir.code());
        assertEquals("", noDir.out());
        assertTrue(noDir.err().startsWith("cannot write " + dir.resolve("missing/trace.txt") + ": "), noDir.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad.p2m", "trace.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test void aStatementTheMachineCannotRunYetIsABadScenario(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("pv.p2m"), "machine x86_64-pv\ndomain g id=1\npopulate g gfn=0 nr=1\n");
        Result r = run("run", f.toString());
        assertEquals(2, r.code());
        assertEquals(f + ":3:1: not supported yet by this machine (statement populate on x86_64-pv)\n", r.err());
    }

    @Test void translateWalksAGfnLevelByLevel() {
        Result r = run("translate", example("thin-slice.p2m"), "--domain", "guest", "--gfn", "0x80201");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("gfn 0x80201 of guest: stage2 walk from the level-1 root at mfn 0x40000 (2 pages)", lines[0]);
        assertEquals("level 1  table 0x40000  index 2  descriptor 0x004000004000377f  table", lines[1]);
        assertTrue(r.out().contains("level 2  table 0x40003  index 1  descriptor 0x00800000402007fd  block\n"), r.out());
        assertTrue(r.out().contains("    S2AP       [7:6]    = 0x3          read/write\n"), r.out());
        assertEquals("mapped: mfn 0x40201, pa 0x40201000, order 9 (2 MiB)", lines[lines.length - 1]);
    }

    @Test void translateAsJsonAndByIpa() throws IOException {
        Result r = run("translate", example("thin-slice.p2m"), "--domain", "guest", "--ipa", "0x80000123", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());
        assertEquals("0x80000123", o.get("ipa").asText());
        assertEquals(3, o.get("steps").size());   // levels 1, 2 and 3: a 4 KiB page
        assertEquals("page", o.get("steps").get(2).get("kind").asText());
        assertEquals("0x40002123", o.get("pa").asText());
        assertEquals(0, o.get("order").asInt());
        Result hole = run("translate", example("thin-slice.p2m"), "--domain", "guest", "--gfn", "0x90000", "--json");
        JsonNode h = JSON.readTree(hole.out());
        assertFalse(h.get("mapped").asBoolean());
        assertEquals(2, h.get("fault_level").asInt());   // level-1 entry 2 is a table, level-2 entry 0x80 is empty
        assertEquals(9, h.get("order").asInt());
    }

    @Test void translateWalksXensOwnTables() {
        Result r = run("translate", example("seed004-block-order-merged.p2m"), "--domain", "xen", "--va", "0x40000000");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("va 0x40000000 of xen: stage1 walk from the level-0 root"), r.out());
        assertTrue(r.out().endsWith("mapped: mfn 0x80000, pa 0x80000000, order 9 (2 MiB)\n"), r.out());
    }

    @Test void translateRefusesWhatItCannotWalk() {
        String thin = example("thin-slice.p2m");
        assertEquals("--va walks Xen's own tables: use it with --domain xen\n", run("translate", thin, "--domain", "guest", "--va", "0").err());
        assertEquals("the scenario never updated Xen's page tables (no xen-pt statement): nothing to walk\n",
                run("translate", thin, "--domain", "xen", "--va", "0").err());
        assertEquals("no domain 'dom9' in the scenario (known: guest, xen)\n", run("translate", thin, "--domain", "dom9", "--gfn", "1").err());
        assertEquals("expected an address inside the 40-bit IPA space of guest, found gfn 0x10000000\n",
                run("translate", thin, "--domain", "guest", "--gfn", "0x10000000").err());
        assertEquals("the p2m of guest was torn down: nothing to walk\n",
                run("translate", example("seed000-access-after-relinquish.p2m"), "--domain", "guest", "--gfn", "0x40000").err());
        Result bad = run("translate", thin, "--domain", "guest", "--gfn", "zz");
        assertEquals(2, bad.code());
        assertNoStackTrace(bad);
        assertEquals(2, run("translate", thin, "--domain", "guest").code());                       // no address
        assertEquals(2, run("translate", thin, "--domain", "guest", "--gfn", "1", "--ipa", "1").code());   // two
    }
}
