package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.store.SessionSource;

/** The progress line of long CLI runs: what it says, in a log and on a terminal, and that short runs say nothing. */
class ProgressLineTest {
    @Test void aLogGetsWholeLinesNamingThePhase() throws InterruptedException {
        StringWriter text = new StringWriter();
        try (ProgressLine p = new ProgressLine(new PrintWriter(text), false, 10, 10, 0)) {
            p.phase("statement 2 of 3, line 5: populate guest gfn=0x40000 nr=0x1000000");
            waitFor(text, "populate guest");
        }
        String first = text.toString().lines().findFirst().orElseThrow();
        assertTrue(first.matches("p2mdbg: \\d+ s: statement 2 of 3, line 5: populate guest gfn=0x40000 nr=0x1000000"), first);
        assertTrue(!text.toString().contains("\r"), "no carriage returns in a log");
    }

    @Test void aTerminalLineIsRewrittenThenErased() throws InterruptedException {
        StringWriter text = new StringWriter();
        try (ProgressLine p = new ProgressLine(new PrintWriter(text), true, 10, 10, 0)) {
            p.phase("a long phase name that is replaced");
            waitFor(text, "replaced");
            p.phase("short");
            waitFor(text, "short");
        }
        String all = text.toString();
        assertTrue(all.startsWith("\rp2mdbg: "), all);
        assertTrue(!all.contains("\n"), "one line, rewritten in place");
        String last = all.substring(all.lastIndexOf("\r", all.length() - 2));
        assertEquals("\r" + " ".repeat(last.length() - 2) + "\r", last, "the line is erased at the end");
    }

    @Test void quietUntilItsDelay() {
        StringWriter text = new StringWriter();
        try (ProgressLine p = new ProgressLine(new PrintWriter(text), true, 60_000, 1_000, 0)) {
            p.phase("anything");
        }
        assertEquals("", text.toString());
    }

    @Test void aRunNamesEachStatementThenTheChecks() {
        SessionSource source = SessionSource.of("s.p2m", """
                machine arm64 ipa=40
                domain guest id=1
                populate guest gfn=0x40000 nr=4
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of());
        List<String> phases = new ArrayList<>();
        source.run(phases::add);
        assertEquals(List.of("statement 2 of 3, line 2: domain guest id=1",
                "statement 3 of 3, line 3: populate guest gfn=0x40000 nr=4"), phases.subList(0, 2));
        assertTrue(phases.get(2).matches("checking the rules over \\d+ events"), phases.get(2));
        assertEquals(3, phases.size());
    }

    @Test void aShortRunPrintsNothingOnStandardError() {
        Cli.Result r = Cli.run("run", Cli.example("seed000-relinquish-remove.p2m"));
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }

    private static void waitFor(StringWriter text, String part) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!text.toString().contains(part) && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertTrue(text.toString().contains(part), "no line with '" + part + "' in: " + text);
    }
}
