package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.scenario.Examples;
import org.p2mdbg.core.trace.CostCounter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code p2mdbg compare}: one run per option value (every combination), costs and findings side by side. */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test void theTableSetsTheRunsSideBySide() {
        Cli.Result r = Cli.run("compare", Cli.example("seed004-block-order-rfc.p2m"), "--option", "xen-pt=rfc,merged");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        // 2 + 1 + 18 cost rows + 1 + 8 rule rows, after the title and the header
        assertEquals(2 + 2 + 1 + CostCounter.NAMES.length + 1 + Rule.values().length, lines.size());
        assertEquals("scenario seed004-block-order-rfc.p2m: 2 runs", lines.get(0));
        // the names take 27 columns (RELINQUISHED_ENTRY_ACCESS indented by 2), each run 15 ("xen-pt=merged" and two spaces)
        assertEquals(" ".repeat(27) + "     xen-pt=rfc  xen-pt=merged", lines.get(1));
        // rfc maps the 513 frames page by page, merged as a 2 MiB block and one page (ExampleScenariosTest)
        assertEquals("events                                2597             36", lines.get(2));
        assertEquals("errors                                   0              0", lines.get(3));
        assertEquals("costs", lines.get(4));
        assertEquals("  pte_reads                           2063             17", lines.get(5));
        assertEquals("  tlb_flushes                            2              0", lines.get(9));
        assertEquals("findings", lines.get(23));
        assertEquals("  RELINQUISHED_ENTRY_ACCESS              0              0", lines.get(28));
    }

    @Test void severalOptionsGiveEveryCombinationTheLastVaryingFastest() {
        Cli.Result r = Cli.run("compare", Cli.example("seed003-stale-iotlb.p2m"), "--option", "iommu-flush=per-page,caller",
                "--option", "iommu-caching-mode=on,off");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("scenario seed003-stale-iotlb.p2m: 4 runs", lines.get(0));
        assertEquals(List.of("iommu-flush=per-page", "iommu-flush=per-page", "iommu-flush=caller", "iommu-flush=caller"), words(lines.get(1)));
        assertEquals(List.of("iommu-caching-mode=on", "iommu-caching-mode=off", "iommu-caching-mode=on", "iommu-caching-mode=off"),
                words(lines.get(2)));
        // every run finds the unmap's deferred flush stale; caching mode adds the map's "added" flush
        assertEquals(List.of("STALE_IOTLB", "1", "1", "1", "1"),
                words(lines.stream().filter(l -> l.trim().startsWith("STALE_IOTLB ")).findFirst().orElseThrow()));
        assertEquals(List.of("iotlb_flushes_added", "1", "0", "1", "0"), words(lines.get(12)));
    }

    private static List<String> words(String line) { return List.of(line.trim().split(" +")); }

    @Test void jsonHasTheScenarioTheOptionsAndOneObjectPerRun() throws IOException {
        Cli.Result r = Cli.run("compare", Cli.example("seed002-pv-exit.p2m"), "--option", "pv-exit=drop-refs,try-unpin,never-unpin",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = JSON.readTree(r.out());   // the whole of stdout is one JSON object
        assertEquals("seed002-pv-exit.p2m", o.get("scenario").asText());
        assertEquals("[\"drop-refs\",\"try-unpin\",\"never-unpin\"]", o.get("option").get("pv-exit").toString());
        JsonNode runs = o.get("runs");
        assertEquals(3, runs.size());
        for (JsonNode run : runs) {
            assertEquals(List.of("options", "costs", "findings", "errors", "events"), fieldNames(run));
            assertEquals(List.of(CostCounter.NAMES), fieldNames(run.get("costs")));
            assertEquals(Rule.values().length, run.get("findings").size());
            assertEquals(0, run.get("errors").asInt());
        }
        assertEquals("never-unpin", runs.get(2).get("options").get("pv-exit").asText());
        // drop-refs: 1 IPI and the teardown by plain stores; the others trap each of the 16 PTE clears
        assertEquals(1, runs.get(0).get("costs").get("ipis").asInt());
        assertEquals(24, runs.get(0).get("costs").get("direct_writes").asInt());
        assertEquals(16, runs.get(1).get("costs").get("trapped_writes").asInt());
        assertEquals(16, runs.get(2).get("costs").get("trapped_writes").asInt());
        assertEquals(8635, runs.get(0).get("events").asLong());
        assertEquals(0, runs.get(0).get("findings").get("STALE_TLB").asInt());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test void findingsAreCountedPerRule() throws IOException {
        Cli.Result r = Cli.run("compare", Cli.example("seed001-vlpt.p2m"), "--option", "preempt=never", "--json");
        JsonNode findings = JSON.readTree(r.out()).get("runs").get(0).get("findings");
        assertEquals(2, findings.get("VLPT_MISREAD").asInt());
        assertEquals(2, findings.get("BBM_VIOLATION").asInt());
        assertEquals(0, findings.get("TABLE_LEAK").asInt());   // each domain still holds its VLPT copy pair
        assertEquals(1, JSON.readTree(r.out()).get("runs").get(0).get("errors").asInt());   // the -ENOMEM prepare
    }

    /** docs/COMPARISONS.md shows each command with its output: running the commands again gives that output. */
    @Test void theComparisonsDocumentIsWhatTheCommandsPrint() throws IOException {
        Path top = Examples.path("thin-slice.p2m").getParent().getParent();
        String doc = Files.readString(top.resolve("docs/COMPARISONS.md"));
        Matcher m = Pattern.compile("```\n\\$ \\./p2mdbg (compare [^\n]*)\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int commands = 0;
        while (m.find()) {
            List<String> args = new ArrayList<>();
            for (String word : m.group(1).split(" ")) {
                args.add(word.startsWith("examples/") ? top.resolve(word).toString() : word);
            }
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertEquals(m.group(2), r.out(), m.group(1));
            commands++;
        }
        assertEquals(7, commands);
    }

    @Test void badInputExitsWithTwoAndOneLineOnStderr(@TempDir Path dir) throws IOException {
        String example = Cli.example("seed002-pv-exit.p2m");
        assertBad("--option: unknown option pv-exits (known: relinquish, preempt, xen-pt, iommu-flush, mem-access, iommu-walk, "
                + "iommu-caching-mode, pv-exit)", "compare", example, "--option", "pv-exits=drop-refs");
        assertBad("--option: bad value leak for option pv-exit (expected drop-refs | try-unpin | never-unpin)",
                "compare", example, "--option", "pv-exit=drop-refs,leak");
        assertBad("--option: bad value  for option pv-exit (expected drop-refs | try-unpin | never-unpin)",
                "compare", example, "--option", "pv-exit=drop-refs,");
        assertBad("--option: expected each value of pv-exit once, found try-unpin again",
                "compare", example, "--option", "pv-exit=try-unpin,try-unpin");
        assertBad("--option: expected each option once, found pv-exit again (put all its values in one list)",
                "compare", example, "--option", "pv-exit=try-unpin", "--option", "pv-exit=drop-refs");
        assertBad("--option: expected NAME=V1,V2,..., found 'pv-exit'", "compare", example, "--option", "pv-exit");
        assertBad("compare: expected at least one --option NAME=V1,V2,... to compare, found none", "compare", example);
        assertBad("cannot read " + dir.resolve("none.p2m") + ": no such file", "compare", dir.resolve("none.p2m").toString(),
                "--option", "relinquish=lookup");
        Path bad = Files.writeString(dir.resolve("bad.p2m"), "machine arm64\nfrob\n");
        assertTrue(Cli.run("compare", bad.toString(), "--option", "relinquish=lookup").err().startsWith(bad + ":2:1: expected a statement"));
        // a scenario that parses but cannot run names the options of the run that stopped
        Path arm64 = Files.writeString(dir.resolve("arm64.p2m"), "machine arm64\ndomain g id=1\nvlpt prepare g\n");
        assertBad("with relinquish=legacy: " + arm64 + ":3:1: expected an arm32 machine for 'vlpt', found arm64",
                "compare", arm64.toString(), "--option", "relinquish=legacy,lookup");
    }

    private static void assertBad(String message, String... args) {
        Cli.Result r = Cli.run(args).assertNoStackTrace();
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(message + "\n", r.err());
    }
}
