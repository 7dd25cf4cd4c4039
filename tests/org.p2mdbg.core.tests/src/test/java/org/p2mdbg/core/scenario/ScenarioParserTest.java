package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.scenario.ast.CheckpointStatement;
import org.p2mdbg.core.scenario.ast.DeviceStatement;
import org.p2mdbg.core.scenario.ast.DomainStatement;
import org.p2mdbg.core.scenario.ast.DomainStep;
import org.p2mdbg.core.scenario.ast.DomainStepStatement;
import org.p2mdbg.core.scenario.ast.ForeignFrames;
import org.p2mdbg.core.scenario.ast.IommuDontFlushStatement;
import org.p2mdbg.core.scenario.ast.IommuFlushStatement;
import org.p2mdbg.core.scenario.ast.IommuHwdomStatement;
import org.p2mdbg.core.scenario.ast.IommuMapStatement;
import org.p2mdbg.core.scenario.ast.IommuUnmapStatement;
import org.p2mdbg.core.scenario.ast.MachineFrames;
import org.p2mdbg.core.scenario.ast.MachineStatement;
import org.p2mdbg.core.scenario.ast.MapStatement;
import org.p2mdbg.core.scenario.ast.OptionStatement;
import org.p2mdbg.core.scenario.ast.PopulateStatement;
import org.p2mdbg.core.scenario.ast.PvCr3Statement;
import org.p2mdbg.core.scenario.ast.PvExitStatement;
import org.p2mdbg.core.scenario.ast.PvMapStatement;
import org.p2mdbg.core.scenario.ast.PvPinStatement;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.SourcePos;
import org.p2mdbg.core.scenario.ast.Statement;
import org.p2mdbg.core.scenario.ast.UnmapStatement;
import org.p2mdbg.core.scenario.ast.VlptAction;
import org.p2mdbg.core.scenario.ast.VlptStatement;
import org.p2mdbg.core.scenario.ast.XenPtAction;
import org.p2mdbg.core.scenario.ast.XenPtStatement;
import org.p2mdbg.core.x86pv.PvExitStrategy;
import org.p2mdbg.core.xen.arm.P2mType;
import org.p2mdbg.core.xen.arm.pt.XenPtFlags;

/**
 * The scenario language, statement by statement, and every kind of error with its exact message
 * and position (columns counted by hand: the first character of a line is column 1).
 */
class ScenarioParserTest {
    private static final String ARM64 = "machine arm64 ipa=40\n";
    private static final String DOMAINS = ARM64 + "domain dom0 id=0\ndomain guest id=1 vcpus=2\n";

    private static Scenario parse(String source) { return ScenarioParser.parse("t.p2m", source); }

    /** The last statement of a scenario. */
    private static Statement last(String source) {
        List<Statement> s = parse(source).statements();
        return s.get(s.size() - 1);
    }

    private static void fails(String source, String message) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> parse(source));
        assertEquals(message, e.getMessage());
    }

    // ---- statements ----

    @Test void machineTakesTheArchitectureTheIpaAndTheMemory() {
        MachineStatement m = (MachineStatement) last("machine arm64 ipa=42 memory=1G");
        assertEquals(Arch.ARM64, m.arch());
        assertEquals(42, m.ipa());
        assertEquals(1L << 18, m.frames());   // 1 GiB of 4 KiB frames
        assertEquals(new SourcePos("t.p2m", 1, 1), m.pos());
        MachineStatement defaults = (MachineStatement) last("machine arm32");
        assertEquals(40, defaults.ipa());
        assertEquals(Machine.DEFAULT_MAX_FRAMES, defaults.frames());
    }

    @Test void optionKeepsNameAndValue() {
        OptionStatement o = (OptionStatement) last(ARM64 + "option preempt=every:3");
        assertEquals("preempt", o.name());
        assertEquals("every:3", o.value());
        assertEquals("option preempt=every:3", o.text());
    }

    @Test void domainHasAnIdAndOneVcpuUnlessTold() {
        Scenario s = parse(DOMAINS);
        assertEquals(new DomainStatement(new SourcePos("t.p2m", 2, 1), "domain dom0 id=0", "dom0", 0, 1), s.statement(1));
        assertEquals(2, ((DomainStatement) s.statement(2)).vcpus());
    }

    @Test void populateCountsFramesOrASize() {
        PopulateStatement byCount = (PopulateStatement) last(DOMAINS + "populate guest gfn=0x80000 nr=0x800");
        assertEquals(new Gfn(0x80000), byCount.gfn());
        assertEquals(0x800, byCount.nr());
        PopulateStatement bySize = (PopulateStatement) last(DOMAINS + "populate guest gfn=0x80200 size=2M");
        assertEquals(512, bySize.nr());     // 2 MiB / 4 KiB
        assertEquals(1, ((PopulateStatement) last(DOMAINS + "populate guest gfn=0 size=4K")).nr());
    }

    @Test void mapTakesMachineFramesWithATypeOrForeignPages() {
        MapStatement m = (MapStatement) last(DOMAINS + "map guest gfn=0x90000 nr=1 mfn=0x5000 type=ram_rw");
        assertEquals(new MachineFrames(new Mfn(0x5000), P2mType.RAM_RW), m.source());
        MapStatement f = (MapStatement) last(DOMAINS + "map guest gfn=0x40000 nr=4 foreign=dom0:0x1234");
        assertEquals(new ForeignFrames("dom0", new Gfn(0x1234)), f.source());
        assertEquals(4, f.nr());
    }

    @Test void unmapTakesARange() {
        assertEquals(new UnmapStatement(new SourcePos("t.p2m", 4, 1), "unmap guest gfn=0x80200 nr=0x10", "guest", new Gfn(0x80200), 16),
                last(DOMAINS + "unmap guest gfn=0x80200 nr=0x10"));
    }

    @Test void xenPtActionsTakeTheirKeys() {
        XenPtStatement map = (XenPtStatement) last(ARM64 + "xen-pt map virt=0x200000 mfn=0x5000 nr=512 flags=rw,block");
        assertEquals(XenPtAction.MAP, map.action());
        assertEquals(new Va(0x200000), map.virt());
        assertEquals(new Mfn(0x5000), map.mfn());
        assertEquals(XenPtFlags.PAGE_HYPERVISOR_RW | XenPtFlags.BLOCK, map.flags());
        XenPtStatement remove = (XenPtStatement) last(ARM64 + "xen-pt remove virt=0x200000 nr=1");
        assertEquals(Mfn.INVALID, remove.mfn());
        assertEquals(0, remove.flags());
        assertEquals(XenPtFlags.BLOCK, ((XenPtStatement) last(ARM64 + "xen-pt remove virt=0x200000 nr=512 flags=block")).flags());
        assertEquals(XenPtFlags.PAGE_HYPERVISOR_RO, ((XenPtStatement) last(ARM64 + "xen-pt modify virt=0x200000 nr=1 flags=ro")).flags());
        XenPtStatement populate = (XenPtStatement) last(ARM64 + "xen-pt populate virt=0x200000 size=8K");
        assertEquals(XenPtAction.POPULATE, populate.action());
        assertEquals(2, populate.nr());
    }

    @Test void destroyRelinquishAndTeardownAreDomainSteps() {
        Scenario s = parse(DOMAINS + "relinquish guest\nteardown guest\ndestroy dom0");
        assertEquals(new DomainStepStatement(new SourcePos("t.p2m", 4, 1), "relinquish guest", "guest", DomainStep.RELINQUISH),
                s.statement(3));
        assertEquals(DomainStep.TEARDOWN, ((DomainStepStatement) s.statement(4)).step());
        assertEquals("destroy", s.statement(5).keyword());
    }

    @Test void checkpointNamesAPosition() {
        assertEquals("before-destroy", ((CheckpointStatement) last(ARM64 + "checkpoint before-destroy")).name());
    }

    @Test void laterSystemStatementsParseWithTheirArguments() {
        String devices = DOMAINS + "device nic0 iommu=vtd domain=guest\n";
        assertEquals(IommuKind.VTD, ((DeviceStatement) last(devices)).iommu());
        IommuMapStatement map = (IommuMapStatement) last(devices + "iommu-map nic0 dfn=0x1000 mfn=0x5000 order=9 perm=rw");
        assertEquals(new Dfn(0x1000), map.dfn());
        assertEquals(9, map.order());
        assertTrue(map.readable() && map.writable());
        assertEquals(new IommuUnmapStatement(new SourcePos("t.p2m", 5, 1), "iommu-unmap nic0 dfn=0x1000 order=9", "nic0", new Dfn(0x1000), 9),
                last(devices + "iommu-unmap nic0 dfn=0x1000 order=9"));
        VlptStatement lookup = (VlptStatement) last(DOMAINS + "vlpt lookup guest ipa=0x80000000");
        assertEquals(VlptAction.LOOKUP, lookup.action());
        assertEquals(new Ipa(0x80000000L), lookup.ipa());
        assertNull(((VlptStatement) last(DOMAINS + "vlpt prepare guest")).ipa());
        assertEquals("guest", ((PvPinStatement) last(DOMAINS + "pv-pin guest")).domain());
        assertEquals(1, ((PvCr3Statement) last(DOMAINS + "pv-cr3 guest cpu=1")).cpu());
        assertEquals(PvExitStrategy.DROP_REFS, ((PvExitStatement) last(DOMAINS + "pv-exit guest strategy=drop-refs")).strategy());
    }

    @Test void theExtensionsOfTheSeedSystemsParse() {
        String devices = DOMAINS + "device nic0 iommu=vtd domain=guest\n";
        assertEquals(new IommuFlushStatement(new SourcePos("t.p2m", 5, 1), "iommu-flush nic0 dfn=0x1000 nr=2", "nic0", new Dfn(0x1000), 2),
                last(devices + "iommu-flush nic0 dfn=0x1000 nr=2"));
        assertEquals(true, ((IommuDontFlushStatement) last(ARM64 + "iommu-dont-flush on")).on());
        assertEquals(false, ((IommuDontFlushStatement) last(ARM64 + "iommu-dont-flush off")).on());
        IommuHwdomStatement hwdom = (IommuHwdomStatement) last(devices + "iommu-hwdom guest pfn=0x100 nr=16");
        assertEquals(new Mfn(0x100), hwdom.first());
        assertEquals(16, hwdom.nr());
        VlptStatement prepare = (VlptStatement) last(DOMAINS + "vlpt prepare guest max-pages=0x100000");
        assertEquals(OptionalLong.of(0x100000), prepare.maxPages());
        assertEquals(OptionalLong.empty(), ((VlptStatement) last(DOMAINS + "vlpt prepare guest")).maxPages());
        VlptStatement fault = (VlptStatement) last(DOMAINS + "vlpt fault guest ipa=0x80004000");
        assertEquals(VlptAction.FAULT, fault.action());
        assertEquals(new Ipa(0x80004000L), fault.ipa());
        assertEquals(new PvMapStatement(new SourcePos("t.p2m", 4, 1), "pv-map guest va=0x400000 nr=16", "guest", new Va(0x400000), 16),
                last(DOMAINS + "pv-map guest va=0x400000 nr=16"));
        assertEquals(16, ((PvMapStatement) last(DOMAINS + "pv-map guest va=0x400000 size=64K")).nr());
        // without strategy= the option pv-exit decides when it runs; the exiting CPU is 0 unless told
        PvExitStatement byOption = (PvExitStatement) last(DOMAINS + "pv-exit guest");
        assertNull(byOption.strategy());
        assertEquals(0, byOption.cpu());
        PvExitStatement told = (PvExitStatement) last(DOMAINS + "pv-exit guest strategy=never-unpin cpu=1");
        assertEquals(PvExitStrategy.NEVER_UNPIN, told.strategy());
        assertEquals(1, told.cpu());
        assertEquals(new OptionStatement(new SourcePos("t.p2m", 2, 1), "option iommu-caching-mode=on", "iommu-caching-mode", "on"),
                parse(ARM64 + "option iommu-caching-mode=on").statement(1));
        assertEquals("never-unpin", ((OptionStatement) last(ARM64 + "option pv-exit=never-unpin")).value());
    }

    // ---- lexical structure ----

    @Test void semicolonsSeparateStatementsAndHashesStartComments() {
        Scenario s = parse(DOMAINS + "vlpt prepare guest ; vlpt switch guest   # two statements\n# a comment line\n\n");
        assertEquals(5, s.size());
        VlptStatement second = (VlptStatement) s.statement(4);
        assertEquals(VlptAction.SWITCH, second.action());
        assertEquals("vlpt switch guest", second.text());
        assertEquals(new SourcePos("t.p2m", 4, 22), second.pos());   // "vlpt prepare guest ; " is 21 characters
    }

    @Test void tabsCountAsOneColumnAndCrLfIsALineEnd() {
        fails("machine arm64\r\n\tdomain\tguest id=x\r\n", "t.p2m:2:18: expected a number after 'id=', found 'x'");
    }

    @Test void everyStatementOfTheContractExampleParses() {
        Scenario s = parse("""
                machine arm64 ipa=40                      # arm64 | arm32 | x86_64-pv | x86_64-hvm
                option relinquish=remove                  # legacy | lookup | remove
                option preempt=every:3                    # never | always | every:N (N-th preempt check) | at:2,5
                option iommu-flush=accumulate             # per-page | accumulate | caller
                domain dom0 id=0
                domain guest id=1 vcpus=2
                populate guest gfn=0x80000 nr=0x800       # allocate RAM frames and map them (superpages allowed)
                map guest gfn=0x40000 nr=4 foreign=dom0:0x1234   # foreign mapping of dom0's gfns 0x1234..
                map guest gfn=0x90000 nr=1 mfn=0x5000 type=ram_rw
                unmap guest gfn=0x80200 nr=0x10
                device nic0 iommu=vtd domain=guest        # vtd | amdvi | smmu
                iommu-map nic0 dfn=0x1000 mfn=0x5000 order=9 perm=rw
                iommu-unmap nic0 dfn=0x1000 order=9
                xen-pt map virt=0x200000 mfn=0x5000 nr=512 flags=rw,block   # flag words below
                xen-pt remove virt=0x200000 nr=1
                vlpt prepare guest ; vlpt switch guest ; vlpt lookup guest ipa=0x80000000
                pv-pin guest ; pv-cr3 guest cpu=1 ; pv-exit guest strategy=drop-refs   # drop-refs | try-unpin | never-unpin
                destroy guest                             # relinquish (with restarts) + teardown
                checkpoint before-destroy
                """);
        assertEquals(23, s.size());
        assertInstanceOf(CheckpointStatement.class, s.statement(22));
    }

    // ---- errors ----

    @Test void unknownStatement() {
        fails(DOMAINS + "frob guest", "t.p2m:4:1: expected a statement (machine, option, domain, populate, map, unmap, xen-pt, destroy, "
                + "relinquish, teardown, checkpoint, device, iommu-map, iommu-unmap, iommu-flush, iommu-dont-flush, iommu-hwdom, vlpt, pv-map, "
                + "pv-pin, pv-cr3, pv-exit), found 'frob'");
    }

    @Test void unknownKey() {
        // "domain guest id=1 " is 18 characters: cpus= starts at column 19
        fails(ARM64 + "domain guest id=1 cpus=2", "t.p2m:2:19: expected one of id=, vcpus= in 'domain', found unknown key 'cpus'");
        fails(DOMAINS + "destroy guest now=1", "t.p2m:4:15: expected no keys in 'destroy', found unknown key 'now'");
    }

    @Test void missingKeyPointsAtTheEndOfTheStatement() {
        // "domain guest vcpus=2" is 20 characters long
        fails(ARM64 + "domain guest vcpus=2", "t.p2m:2:21: expected 'id=' in 'domain', found none");
        fails(DOMAINS + "populate guest nr=1", "t.p2m:4:20: expected 'gfn=' in 'populate', found none");
        fails(DOMAINS + "populate guest gfn=1", "t.p2m:4:21: expected 'nr=' or 'size=' in 'populate', found neither");
        fails(DOMAINS + "populate", "t.p2m:4:9: expected a domain name after 'populate', found end of statement");
    }

    @Test void duplicateKey() {
        fails(ARM64 + "domain guest id=1 id=2", "t.p2m:2:19: expected each key once, found 'id=' again (first at column 14)");
        fails(DOMAINS + "populate guest gfn=1 nr=1 size=4K", "t.p2m:4:27: expected either 'nr=' or 'size=', found both");
    }

    @Test void badNumber() {
        // "populate guest gfn=0x80000 nr=" is 30 characters: the value starts at column 31
        fails(DOMAINS + "populate guest gfn=0x80000 nr=abc", "t.p2m:4:31: expected a number after 'nr=', found 'abc'");
        fails(DOMAINS + "populate guest gfn=0x80000 nr=", "t.p2m:4:31: expected a number after 'nr=', found ''");
        fails(DOMAINS + "populate guest gfn=-1 nr=1", "t.p2m:4:20: expected a number after 'gfn=', found '-1'");
        fails(DOMAINS + "populate guest gfn=0x nr=1", "t.p2m:4:20: expected a number after 'gfn=', found '0x'");
        fails(DOMAINS + "populate guest gfn=1 nr=99999999999999999999",
                "t.p2m:4:25: expected a number no larger than 0x7fffffffffffffff after 'nr=', found '99999999999999999999'");
        fails(DOMAINS + "populate guest gfn=1 size=3X", "t.p2m:4:27: expected a size (a number, optionally followed by K, M or G) after "
                + "'size=', found '3X'");
        fails(DOMAINS + "populate guest gfn=1 size=6K", "t.p2m:4:27: expected a size that is a multiple of 4K, found '6K'");
    }

    @Test void numbersOutOfRange() {
        fails(DOMAINS + "populate guest gfn=1 nr=0", "t.p2m:4:25: expected nr between 1 and 16777216, found '0'");
        fails(DOMAINS + "unmap guest gfn=1 nr=0x1000001", "t.p2m:4:22: expected nr between 1 and 16777216, found '0x1000001'");
        // a 40-bit IPA has gfns below 2^28 = 0x10000000
        fails(DOMAINS + "populate guest gfn=0xfffffff nr=2",
                "t.p2m:4:20: expected gfn + nr <= 0x10000000 (40-bit addresses), found gfn=0xfffffff nr=0x2");
        fails(DOMAINS + "map guest gfn=0 nr=1 foreign=dom0:0x10000000",
                "t.p2m:4:35: expected the foreign gfn + nr <= 0x10000000 (40-bit addresses), found gfn=0x10000000 nr=0x1");
        fails(DOMAINS + "map guest gfn=0 nr=2 mfn=0xfffffffff type=ram_rw",
                "t.p2m:4:26: expected mfn + nr <= 0x1000000000 (48-bit addresses), found mfn=0xfffffffff nr=0x2");
        // 36 bits of IPA on arm64: gfns below 2^24
        fails("machine arm64 ipa=36\ndomain d id=1\nunmap d gfn=0x1000000 nr=1",
                "t.p2m:3:13: expected gfn + nr <= 0x1000000 (36-bit addresses), found gfn=0x1000000 nr=0x1");
        fails(ARM64 + "domain guest id=32752", "t.p2m:2:17: expected id between 0 and 32751, found '32752'");
        fails(ARM64 + "domain guest id=1 vcpus=0", "t.p2m:2:25: expected vcpus between 1 and 128, found '0'");
        fails("machine arm32\ndomain guest id=1 vcpus=9", "t.p2m:2:25: expected vcpus between 1 and 8, found '9'");
        fails(ARM64 + "xen-pt remove virt=0xfffffffff000 nr=2",
                "t.p2m:2:20: expected virt/4K + nr <= 0x1000000000 (48-bit addresses), found virt=0xfffffffff000 nr=0x2");
    }

    @Test void populateMayNotAskForMoreFramesThanTheMachineHas() {
        // 1 MiB of memory is 256 frames
        fails("machine arm64 memory=1M\ndomain d id=1\npopulate d gfn=0 nr=257", "t.p2m:3:21: expected nr between 1 and 256, found '257'");
        fails("machine arm64 memory=1K", "t.p2m:1:22: expected a memory size that is a multiple of 4K, found '1K'");
        fails("machine arm64 memory=4K", "t.p2m:1:22: expected memory in 4 KiB frames between 256 and 268435456, found '4K'");
    }

    @Test void unknownDomain() {
        fails(DOMAINS + "populate gust gfn=1 nr=1", "t.p2m:4:10: expected a declared domain (dom0, guest), found 'gust'");
        fails(ARM64 + "destroy guest", "t.p2m:2:9: expected a declared domain (none declared yet), found 'guest'");
        fails(DOMAINS + "map guest gfn=0 nr=1 foreign=dom1:0x10", "t.p2m:4:30: expected a declared domain (dom0, guest), found 'dom1'");
        fails(DOMAINS + "device nic0 iommu=smmu domain=dom2", "t.p2m:4:31: expected a declared domain (dom0, guest), found 'dom2'");
    }

    @Test void aDestroyedOrTornDownDomainIsGone() {
        fails(DOMAINS + "destroy guest\nunmap guest gfn=0 nr=1", "t.p2m:5:7: expected a domain that still exists, found 'guest' "
                + "(destroyed at line 4)");
        fails(DOMAINS + "teardown dom0\nmap guest gfn=0 nr=1 foreign=dom0:0", "t.p2m:5:30: expected a domain that still exists, found "
                + "'dom0' (torn down at line 4)");
        // relinquish leaves the domain there: the seed-000 hazard is an operation after it
        assertEquals(6, parse(DOMAINS + "relinquish guest\nunmap guest gfn=0 nr=1\nteardown guest").size());
    }

    @Test void duplicateDomainNameOrId() {
        fails(DOMAINS + "domain guest id=2", "t.p2m:4:8: expected a new domain name, found 'guest' (declared at line 3)");
        fails(DOMAINS + "domain other id=1", "t.p2m:4:17: expected an unused domain id, found 1 (the id of 'guest', line 3)");
        fails(ARM64 + "domain xen id=3", "t.p2m:2:8: expected a domain name other than 'xen' (the name of Xen's own tables), found 'xen'");
        fails(ARM64 + "domain 9lives id=3", "t.p2m:2:8: expected a domain name (a letter, then letters, digits, '_', '.' or '-'), "
                + "found '9lives'");
    }

    @Test void misalignedVirt() {
        fails(ARM64 + "xen-pt map virt=0x200001 mfn=1 nr=1 flags=rw", "t.p2m:2:17: expected virt aligned to 4K, found '0x200001'");
    }

    @Test void unknownOptionAndBadOptionValueUseTheOptionsMessages() {
        fails(ARM64 + "option frob=1",
                "t.p2m:2:8: unknown option frob (known: relinquish, preempt, xen-pt, iommu-flush, mem-access, iommu-walk, "
                + "iommu-caching-mode, pv-exit)");
        fails(ARM64 + "option relinquish=never", "t.p2m:2:19: bad value never for option relinquish (expected legacy | lookup | remove)");
        fails(ARM64 + "option preempt", "t.p2m:2:8: expected NAME=VALUE after 'option', found 'preempt'");
        fails(ARM64 + "option", "t.p2m:2:7: expected NAME=VALUE after 'option', found end of statement");
        fails(ARM64 + "option xen-pt=rfc relinquish=lookup",
                "t.p2m:2:19: expected end of statement after 'xen-pt=rfc', found 'relinquish=lookup'");
    }

    @Test void statementBeforeMachine() {
        fails("domain guest id=1\nmachine arm64", "t.p2m:1:1: expected 'machine' first, found 'domain'");
        fails("# nothing but a comment\n", "t.p2m:1:1: expected a 'machine' statement, found an empty scenario");
        fails(ARM64 + "machine arm32", "t.p2m:2:1: expected one 'machine' statement, found a second one (the first is at line 1)");
    }

    @Test void machineArchitectureAndIpaMustBeKnown() {
        fails("machine riscv", "t.p2m:1:9: expected an architecture (arm64, arm32, x86_64-pv, x86_64-hvm), found 'riscv'");
        fails("machine arm64 ipa=41", "t.p2m:1:19: unsupported arm64 ipa=41 (expected 32, 36, 40, 42, 44 or 48)");
        fails("machine arm32 ipa=36", "t.p2m:1:19: arm32 p2ms always cover 40 IPA bits, not 36");
        fails("machine arm64 ipa=64", "t.p2m:1:19: expected ipa between 32 and 52, found '64'");
    }

    @Test void mapNeedsExactlyOneSource() {
        fails(DOMAINS + "map guest gfn=0 nr=1", "t.p2m:4:21: expected 'mfn=' or 'foreign=' in 'map', found neither");
        fails(DOMAINS + "map guest gfn=0 nr=1 mfn=5 foreign=dom0:1", "t.p2m:4:28: expected either 'mfn=' or 'foreign=', found both");
        fails(DOMAINS + "map guest gfn=0 nr=1 mfn=5", "t.p2m:4:27: expected 'type=' in 'map', found none");
        fails(DOMAINS + "map guest gfn=0 nr=1 foreign=dom0:1 type=ram_rw",
                "t.p2m:4:37: expected no 'type=' with 'foreign=' (foreign pages are map_foreign), found 'type='");
        fails(DOMAINS + "map guest gfn=0 nr=1 mfn=5 type=map_foreign",
                "t.p2m:4:33: expected a type other than 'map_foreign' (foreign pages are mapped with foreign=DOM:GFN), found 'map_foreign'");
        fails(DOMAINS + "map guest gfn=0 nr=1 mfn=5 type=ram", "t.p2m:4:33: expected a p2m type (invalid, ram_rw, ram_ro, "
                + "mmio_direct_dev, mmio_direct_nc, mmio_direct_c, map_foreign, grant_map_rw, grant_map_ro, iommu_map_rw, iommu_map_ro), "
                + "found 'ram'");
        fails(DOMAINS + "map guest gfn=0 nr=1 foreign=dom0", "t.p2m:4:30: expected DOMAIN:GFN after 'foreign=', found 'dom0'");
    }

    @Test void xenPtKeysDependOnTheAction() {
        fails(ARM64 + "xen-pt remove virt=0 nr=1 mfn=3", "t.p2m:2:27: expected no 'mfn=' in 'xen-pt remove', found 'mfn='");
        fails(ARM64 + "xen-pt populate virt=0 nr=1 flags=rw", "t.p2m:2:29: expected no 'flags=' in 'xen-pt populate', found 'flags='");
        fails(ARM64 + "xen-pt remove virt=0 nr=1 flags=rw", "t.p2m:2:33: expected only block or xn in 'xen-pt remove', found 'rw'");
        fails(ARM64 + "xen-pt map virt=0 nr=1 mfn=3", "t.p2m:2:29: expected 'flags=' in 'xen-pt', found none");
        fails(ARM64 + "xen-pt map virt=0 nr=1 mfn=3 flags=rw,huge", "t.p2m:2:36: expected flag words after 'flags=': unknown xen-pt "
                + "flag word 'huge' (known: rw, ro, rx, rwx, device, wc, xn, block)");
        fails(ARM64 + "xen-pt shuffle virt=0 nr=1", "t.p2m:2:8: expected an xen-pt action (map, remove, modify, populate), found 'shuffle'");
    }

    @Test void positionalWordsComeFirst() {
        fails(DOMAINS + "populate gfn=1 guest nr=1", "t.p2m:4:16: expected key=value, found 'guest'");
        fails(DOMAINS + "populate guest extra gfn=1 nr=1", "t.p2m:4:16: expected key=value or end of statement, found 'extra'");
        fails(DOMAINS + "populate =1", "t.p2m:4:10: expected a key before '=', found '=1'");
    }

    @Test void checkpointsAreNamedOnce() {
        fails(ARM64 + "checkpoint a\ncheckpoint a", "t.p2m:3:12: expected a new checkpoint name, found 'a' (used at line 2)");
        fails(ARM64 + "checkpoint", "t.p2m:2:11: expected a checkpoint name after 'checkpoint', found end of statement");
    }

    @Test void laterSystemStatementsAreValidated() {
        String devices = DOMAINS + "device nic0 iommu=vtd domain=guest\n";
        fails(devices + "iommu-map nic1 dfn=0 mfn=0 order=0 perm=r", "t.p2m:5:11: expected a declared device (nic0), found 'nic1'");
        fails(devices + "iommu-map nic0 dfn=0x100 mfn=0 order=9 perm=r", "t.p2m:5:20: expected a dfn aligned to order 9, found '0x100'");
        fails(devices + "iommu-map nic0 dfn=0 mfn=0x201 order=9 perm=r", "t.p2m:5:26: expected an mfn aligned to order 9, found '0x201'");
        fails(devices + "iommu-map nic0 dfn=0 mfn=0 order=19 perm=r", "t.p2m:5:34: expected order between 0 and 18, found '19'");
        fails(devices + "iommu-map nic0 dfn=0 mfn=0 order=0 perm=x", "t.p2m:5:41: expected r, w or rw after 'perm=', found 'x'");
        fails(devices + "device nic0 iommu=vtd domain=guest", "t.p2m:5:8: expected a new device name, found 'nic0' (declared at line 4)");
        fails(DOMAINS + "device nic0 iommu=ibm domain=guest", "t.p2m:4:19: expected an IOMMU (vtd, amdvi, smmu), found 'ibm'");
        fails(DOMAINS + "vlpt lookup guest", "t.p2m:4:18: expected 'ipa=' in 'vlpt', found none");
        fails(DOMAINS + "vlpt switch guest ipa=0", "t.p2m:4:19: expected no 'ipa=' in 'vlpt switch', found 'ipa='");
        fails(DOMAINS + "vlpt lookup guest ipa=0x10000000000",
                "t.p2m:4:23: expected ipa/4K + 1 <= 0x10000000 (40-bit addresses), found ipa=0x10000000000");
        fails(DOMAINS + "pv-cr3 guest cpu=2", "t.p2m:4:18: expected a cpu of guest (it has 2 vCPUs: 0 to 1), found '2'");
        fails(DOMAINS + "pv-exit guest strategy=leak", "t.p2m:4:24: expected an exit strategy (drop-refs, try-unpin, never-unpin), "
                + "found 'leak'");
    }

    @Test void theExtensionsAreValidated() {
        String devices = DOMAINS + "device nic0 iommu=vtd domain=guest\n";
        // "iommu-flush nic0 dfn=" is 21 characters: the value starts at column 22
        fails(devices + "iommu-flush nic0 dfn=0xffffffff0 nr=0x20",
                "t.p2m:5:22: expected dfn + nr <= 0x1000000000 (48-bit addresses), found dfn=0xffffffff0 nr=0x20");
        fails(devices + "iommu-flush nic0 dfn=0 nr=0", "t.p2m:5:27: expected nr between 1 and 16777216, found '0'");
        fails(ARM64 + "iommu-dont-flush yes", "t.p2m:2:18: expected the flag's new value (on, off), found 'yes'");
        fails(ARM64 + "iommu-dont-flush", "t.p2m:2:17: expected on or off after 'iommu-dont-flush', found end of statement");
        fails(devices + "iommu-hwdom dom0 pfn=0 nr=1",
                "t.p2m:5:13: expected a domain with a device behind an IOMMU (a 'device' statement naming it), found 'dom0'");
        fails(DOMAINS + "vlpt prepare guest max-pages=0x100000000",
                "t.p2m:4:30: expected max-pages between 0 and 4294967295, found '0x100000000'");
        fails(DOMAINS + "vlpt lookup guest max-pages=1 ipa=0", "t.p2m:4:19: expected no 'max-pages=' in 'vlpt lookup', found 'max-pages='");
        fails(DOMAINS + "vlpt fault guest", "t.p2m:4:17: expected 'ipa=' in 'vlpt', found none");
        fails(DOMAINS + "vlpt flush guest", "t.p2m:4:6: expected a vlpt action (prepare, switch, lookup, fault), found 'flush'");
        fails(DOMAINS + "pv-map guest va=0x400001 nr=1", "t.p2m:4:17: expected va aligned to 4K, found '0x400001'");
        fails(DOMAINS + "pv-map guest va=0x7ffffffff000 nr=2",
                "t.p2m:4:17: expected va/4K + nr (the user half) <= 0x800000000 (47-bit addresses), found va=0x7ffffffff000 nr=0x2");
        fails(DOMAINS + "pv-exit guest cpu=2", "t.p2m:4:19: expected a cpu of guest (it has 2 vCPUs: 0 to 1), found '2'");
        fails(ARM64 + "domain big id=1 vcpus=65\npv-pin big",
                "t.p2m:3:8: expected a domain with at most 64 vCPUs (mm_cpumask is one word), found 'big' with 65");
        fails(DOMAINS + "pv-exit guest\npv-pin guest", "t.p2m:5:8: expected a domain whose process has not exited, found 'guest' (pv-exit at line 4)");
        fails(ARM64 + "option iommu-caching-mode=maybe", "t.p2m:2:27: bad value maybe for option iommu-caching-mode (expected on | off)");
        fails(ARM64 + "option pv-exit=leak",
                "t.p2m:2:16: bad value leak for option pv-exit (expected drop-refs | try-unpin | never-unpin)");
        // a device whose domain is gone cannot be used any more
        fails(devices + "destroy guest\niommu-unmap nic0 dfn=0 order=0",
                "t.p2m:6:13: expected a device of a domain that still exists, found 'nic0' (its domain 'guest' was destroyed at line 5)");
    }

    @Test void errorsCarryFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("bad.p2m", DOMAINS + "unmap guest gfn=x nr=1"));
        assertEquals("bad.p2m", e.file());
        assertEquals(4, e.line());
        assertEquals(17, e.column());
        assertEquals("expected a number after 'gfn=', found 'x'", e.reason());
    }

    @Test void foundTextIsCutAndControlCharactersAreHidden() {
        fails(ARM64 + "frob\u0007" + "x".repeat(50), "t.p2m:2:1: expected a statement (machine, option, domain, populate, map, unmap, "
                + "xen-pt, destroy, relinquish, teardown, checkpoint, device, iommu-map, iommu-unmap, iommu-flush, iommu-dont-flush, "
                + "iommu-hwdom, vlpt, pv-map, pv-pin, pv-cr3, pv-exit), "
                + "found 'frob?" + "x".repeat(35) + "...'");
    }
}
