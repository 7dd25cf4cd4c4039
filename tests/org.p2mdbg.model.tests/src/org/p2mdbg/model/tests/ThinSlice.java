package org.p2mdbg.model.tests;

import org.eclipse.emf.ecore.EObject;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/**
 * The thin-slice example: an arm64 machine with 40-bit IPAs and one guest that maps one 4 KiB page
 * (gfn 0x80000 to MFN 0x50000) and one 2 MiB block (gfn 0x80200 to MFN 0x60000). Xen 4.8's p2m
 * then has a level-1 root of two concatenated pages (MFNs 0x40000 and 0x40001, allocated by
 * p2m_alloc_table), whose entry 2 (IPA 2 GiB) points at a level-2 table (0x40002), whose entry 0
 * points at a level-3 table (0x40003) holding the page and whose entry 1 is the block.
 */
final class ThinSlice {
    static final String SCENARIO = """
            machine arm64 ipa=40
            domain guest id=1
            map guest gfn=0x80000 nr=1 mfn=0x50000 type=ram_rw
            map guest gfn=0x80200 nr=512 mfn=0x60000 type=ram_rw
            checkpoint mapped
            """;

    /** The statements of the thin slice, the machine statement included. */
    static final int STATEMENTS = 5;

    private ThinSlice() {}

    /** A runner that has run the thin slice plus the given statements (not yet run: call step()). */
    static ScenarioRunner runner(String... laterStatements) {
        ScenarioRunner runner = ScenarioRunner.start(ScenarioParser.parse("thin-slice.p2m", SCENARIO + String.join("\n", laterStatements) + "\n"));
        runner.runTo(STATEMENTS);
        return runner;
    }

    static LiveMachine model() { return ModelBuilder.build(runner().result()); }

    static Domain guest(LiveMachine model) { return model.getDomains().get(0); }

    static P2m p2m(LiveMachine model) { return guest(model).getP2m(); }

    /** Root page 0's entry 2: the level-1 table descriptor covering IPA 2 GiB .. 3 GiB. */
    static Descriptor level1(LiveMachine model) { return p2m(model).getTables().get(0).getDescriptors().get(0); }

    static Table level2(LiveMachine model) { return level1(model).getChild(); }

    static Table level3(LiveMachine model) { return level2(model).getDescriptors().get(0).getChild(); }

    /** Every object below {@code root} that exists, without making any. */
    static int objects(EObject root) {
        int n = 0;
        for (var it = root.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
