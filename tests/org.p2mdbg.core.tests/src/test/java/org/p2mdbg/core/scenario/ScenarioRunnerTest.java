package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.trace.TraceCursor;

/** Running scenarios step by step: positions, checkpoints, options, errors of Xen and of the scenario. */
class ScenarioRunnerTest {
    private static final String THIN = """
            machine arm64 ipa=40
            option preempt=never
            domain guest id=1
            checkpoint empty
            populate guest gfn=0x80000 nr=1
            populate guest gfn=0x80200 size=2M
            """;

    private static ScenarioRunner start(String source) { return ScenarioRunner.start(ScenarioParser.parse("t.p2m", source)); }

    @Test void runsStatementByStatement() {
        ScenarioRunner runner = start(THIN);
        assertEquals(1, runner.position());          // the machine statement has run
        RunResult afterDomain = runner.runTo(3);
        assertEquals(3, afterDomain.statementsRun());
        assertEquals(1, afterDomain.operations());   // option is no operation, domain is one
        runner.step();                               // the checkpoint
        runner.step();                               // the first populate
        assertEquals(5, runner.position());
        assertTrue(runner.hasNext());
        RunResult end = runner.runToEnd();
        assertFalse(runner.hasNext());
        // statements 0..5 start operations 0, 0, 0, 1, 1, 2; the run ends with 3
        assertEquals(List.of(0, 0, 0, 1, 1, 2, 3), end.statementOperations());
        assertEquals(2, end.statementOf(0));         // "create domain" (operation 0) came from statement 2
        assertEquals(4, end.statementOf(1));
        assertEquals(5, end.statementOf(2));
        assertThrows(IllegalStateException.class, runner::step);
    }

    @Test void aCheckpointIsATracePositionTheCursorCanReturnTo() {
        ScenarioRunner runner = start(THIN);
        RunResult atCheckpoint = runner.runTo(4);
        long hashThere = atCheckpoint.machine().stateHash();
        RunResult end = runner.runToEnd();
        long position = end.checkpoints().get("empty");
        assertEquals(7, position);                   // after the 7 events of the domain creation
        TraceCursor cursor = new TraceCursor(end.trace(), end.machine().frames());
        long hashAtEnd = end.machine().stateHash();
        cursor.seek(position);
        assertEquals(hashThere, end.machine().stateHash());
        cursor.toEnd();
        assertEquals(hashAtEnd, end.machine().stateHash());
    }

    @Test void overridesWinOverTheScenariosOptions() {
        Scenario s = ScenarioParser.parse("t.p2m", "machine arm64\noption relinquish=legacy\n");
        assertEquals(RelinquishStrategy.LEGACY, ScenarioRunner.start(s).runToEnd().machine().options().relinquish());
        RunResult overridden = ScenarioRunner.start(s, Map.of("relinquish", "lookup")).runToEnd();
        assertEquals(RelinquishStrategy.LOOKUP, overridden.machine().options().relinquish());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ScenarioRunner.start(s, Map.of("preempt", "often")));
        assertEquals("bad value often for option preempt (expected never, always, every:N or at:N[,N...])", bad.getMessage());
    }

    @Test void errorsOfXenAreRecordedAndTheRunGoesOn() {
        // 1 MiB = 256 frames: the root takes 2, the level-2 and level-3 tables 2, so 252 pages fit
        RunResult r = start("""
                machine arm64 memory=1M
                domain dom0 id=0
                populate dom0 gfn=0 nr=256
                map dom0 gfn=0x1000 nr=2 foreign=dom0:0
                unmap dom0 gfn=0 nr=1
                """).runToEnd();
        assertEquals(4, r.operations());
        List<OperationError> e = r.errors();
        assertEquals(3, e.size());
        assertEquals(new OperationError(1, e.get(0).event(), "populate_physmap", "-ENOMEM", "populate_physmap",
                "could not allocate an order-0 extent"), e.get(0));
        // the batch goes on after a failed page: both pages fail, each with its error
        assertEquals(new OperationError(2, e.get(1).event(), "xenmem_add_to_physmap_one", "-EINVAL", "xenmem_add_to_physmap_one",
                "a domain cannot map its own pages as foreign"), e.get(1));
        assertEquals(2, e.get(2).operation());
        assertEquals(252 - 1, r.domains().get(0).mappedPages());   // the unmap ran after the errors
    }

    @Test void aDomainXenRefusedIsAScenarioErrorWhenUsed() {
        // 255 VMIDs (0 is INVALID_VMID): the 256th domain cannot get one, p2m_init fails with -EBUSY
        StringBuilder src = new StringBuilder("machine arm64\n");
        for (int id = 1; id <= 256; id++) {
            src.append("domain d").append(id).append(" id=").append(id).append('\n');
        }
        src.append("unmap d256 gfn=0 nr=1\n");
        ScenarioRunner runner = start(src.toString());
        RunResult created = runner.runTo(257);
        assertEquals(255, created.domains().size());
        OperationError refused = created.errors().get(0);
        assertEquals("-EBUSY", refused.code());
        assertEquals("p2m_alloc_vmid", refused.check());
        ScenarioException e = assertThrows(ScenarioException.class, runner::step);
        assertEquals("t.p2m:258:1: expected domain 'd256' to exist, found that Xen refused to create it (line 257)", e.getMessage());
    }

    @Test void statementsNeedTheirMachine() {
        ScenarioException vlpt = assertThrows(ScenarioException.class,
                () -> start("machine arm64\ndomain g id=1\nvlpt prepare g ; vlpt switch g\n").runToEnd());
        assertEquals("t.p2m:3:1: expected an arm32 machine for 'vlpt', found arm64", vlpt.getMessage());
        ScenarioException pv = assertThrows(ScenarioException.class, () -> start("machine arm64\ndomain g id=1\npv-pin g\n").runToEnd());
        assertEquals("t.p2m:3:1: expected an x86_64-pv machine for 'pv-pin', found arm64", pv.getMessage());
        ScenarioException p2m = assertThrows(ScenarioException.class,
                () -> start("machine x86_64-hvm\ndomain g id=1\npopulate g gfn=0 nr=1\n").runToEnd());
        assertEquals("t.p2m:3:1: not supported yet by this machine (statement populate on x86_64-hvm)", p2m.getMessage());
        ScenarioException xenPt = assertThrows(ScenarioException.class, () -> start("machine arm32\nxen-pt populate virt=0 nr=1\n").runToEnd());
        assertEquals("t.p2m:2:1: not supported yet by this machine (statement xen-pt on arm32)", xenPt.getMessage());
    }

    @Test void aStateXenWouldCrashOnStopsTheRun() {
        // lookup leaves the guest's foreign entry; dom0's destruction then frees the page, and the
        // guest's unmap puts it once more: put_page on a free page
        ScenarioException e = assertThrows(ScenarioException.class, () -> start("""
                machine arm64
                option relinquish=lookup
                domain dom0 id=0
                domain guest id=1
                populate dom0 gfn=0 nr=1
                map guest gfn=0 nr=1 foreign=dom0:0
                relinquish guest
                destroy dom0
                unmap guest gfn=0 nr=1
                """).runToEnd());
        assertEquals("t.p2m:9:1: the emulated hypervisor cannot go on after this statement: put_page on frame 0x40004 which holds no "
                + "reference", e.getMessage());
    }

    @Test void filesAreReadAsBoundedUtf8(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.p2m"), "machine arm64 # é\n");
        assertEquals(ok.toString(), ScenarioFiles.parse(ok).name());
        Path latin1 = Files.write(dir.resolve("latin1.p2m"), "machine arm64 # \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("not UTF-8 text", assertThrows(IOException.class, () -> ScenarioFiles.parse(latin1)).getMessage());
        Path big = Files.write(dir.resolve("big.p2m"), new byte[(int) ScenarioFiles.MAX_BYTES + 1]);
        assertEquals("4194305 bytes is too large for a scenario (at most 4194304)",
                assertThrows(IOException.class, () -> ScenarioFiles.parse(big)).getMessage());
    }
}
