package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.IommuContext;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.live.DescriptorFormat;
import org.p2mdbg.model.live.LiveDescriptor;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/**
 * seed003-iommu-flush-vtd: gpu0 behind VT-d for dom0 (the hardware domain's 16 frames at 0x100 mapped
 * 1:1: root 0x40000, then 0x40001..0x40003), nic0 behind VT-d for guest (root 0x40004, L3 0x40005,
 * L2 0x40006 whose entries 0 and 1 point at the L1 tables of DMA 0x80000000 and 0x80200000: 0x40007
 * and 0x40008). At the end 0x80000..0x801ff are unmapped again and 0x80200..0x803ff are mapped
 * read/write, snooped.
 */
class IommuContextModelTest {
    private static final String FILE = "seed003-iommu-flush-vtd.p2m";
    /** Operation 5: the first iommu-map of nic0 (read only); 6 makes it writable; 8 maps 0x80200. */
    private static final int FIRST_NIC0_MAP = 5;
    private static final int SECOND_NIC0_MAP = 8;

    @Test void everyDeviceHasItsVtdContextWithItsOwnTables() {
        SeedExamples seed = SeedExamples.open(FILE);
        List<Device> devices = seed.model().getDevices();
        assertEquals(List.of("gpu0", "nic0"), devices.stream().map(Device::getName).toList());
        Device nic0 = devices.get(1);
        assertEquals("vtd", nic0.getIommu());
        assertSame(seed.model().getDomains().get(1), nic0.getDomain());
        IommuContext c = nic0.getContext();
        assertEquals("VT-d", c.getKind());
        assertEquals(Mfn.of(0x40004), c.getRootMfn());
        assertEquals(4, c.getRootLevel());
        assertEquals(4, c.getLevels());
        assertFalse(c.isSharesP2m());
        assertNull(c.getSharedP2m());
        assertEquals("per-page", c.getFlushStrategy());
        assertEquals(Mfn.of(0x40000), devices.get(0).getContext().getRootMfn());
    }

    @Test void openingADeviceMakesItsRootTableOnly() {
        SeedExamples seed = SeedExamples.open(FILE);
        Device nic0 = seed.model().getDevices().get(1);
        assertEquals(2, ThinSlice.objects(nic0), "the context and its root table: nothing below is read yet");
        Table root = nic0.getContext().getTables().get(0);
        assertEquals(1, root.getValidCount());
        l2OfNic0(seed).getDescriptors().get(1).getChild().getDescriptors();
        // root, its entry, L3, its entry, L2, its two entries, the L1 of 0x80200 and its 512 entries
        assertEquals(2 + 1 + 2 + 3 + 1 + 512, ThinSlice.objects(nic0));
    }

    @Test void aVtdLeafIsDecodedInTheVtdFormatBitByBit() {
        SeedExamples seed = SeedExamples.open(FILE);
        Table l2 = l2OfNic0(seed);
        assertEquals(Mfn.of(0x40006), l2.getMfn());
        assertEquals(2, l2.getLevel());
        assertEquals(0x80000000L, l2.getInputStart());
        assertEquals(0xbfffffffL, l2.getInputEnd());
        Table l1 = l2.getDescriptors().get(1).getChild();
        assertEquals(Mfn.of(0x40008), l1.getMfn());
        assertEquals(512, l1.getValidCount());
        Descriptor leaf = l1.getDescriptors().get(0);
        assertEquals(DescriptorFormat.VTD, ((LiveDescriptor) leaf).format());
        assertEquals(0x80200803L, leaf.getRaw());   // ADDR 0x80200, SNP, W, R
        assertEquals(DescriptorKind.PAGE, leaf.getKind());
        assertEquals(1, leaf.getLevel());
        assertEquals(Mfn.of(0x80200), leaf.getOutputMfn());
        assertEquals(0x80200000L, leaf.getInputStart());
        assertEquals(0x80200fffL, leaf.getInputEnd());
        assertEquals(List.of("R [0] = 1 readable", "W [1] = 1 writable", "X [2] = 0 not executable", "EMT [5:3] = 0 UC",
                "IPAT [6] = 0 PAT applies", "PS [7] = 0 ignored at level 1", "SNP [11] = 1 snooped",
                "ADDR [51:12] = 80200 page at MFN 0x80200", "TM [62] = 0 not transient"), fields(leaf));
    }

    @Test void steppingBackAndForthUpdatesTheSameObjects() {
        SeedExamples seed = SeedExamples.open(FILE);
        IommuContext c = seed.model().getDevices().get(1).getContext();
        Table l2 = l2OfNic0(seed);
        Table first = l2.getDescriptors().get(0).getChild();
        assertEquals(0, first.getValidCount());   // unmapped by operation 7

        // after the read-only map: 512 entries with R and SNP only
        seed.seekToOperation(FIRST_NIC0_MAP + 1);
        assertSame(l2, l2OfNic0(seed));
        assertSame(first, l2.getDescriptors().get(0).getChild());
        assertEquals(1, l2.getValidCount());
        assertEquals(512, first.getValidCount());
        Descriptor leaf = first.getDescriptors().get(5);
        assertEquals(0x80005801L, leaf.getRaw());
        assertEquals("W [1] = 0 not writable", fields(leaf).get(1));

        // before the first map of nic0 the guest has no VT-d root yet
        seed.seekToOperation(FIRST_NIC0_MAP);
        assertEquals(Mfn.INVALID, c.getRootMfn());
        assertEquals(0, c.getLevels());
        assertTrue(c.getTables().isEmpty());

        // and after the second map, back at the end, the tables are there again, read anew
        seed.seekToOperation(SECOND_NIC0_MAP + 1);
        assertEquals(Mfn.of(0x40004), c.getRootMfn());
        Table again = l2OfNic0(seed);
        assertEquals(2, again.getValidCount());
        assertEquals(0x80200803L, again.getDescriptors().get(1).getChild().getDescriptors().get(0).getRaw());
        seed.seekToEnd();
        assertEquals(512, again.getDescriptors().get(1).getChild().getValidCount());
    }

    @Test void anSmmuContextSharesItsDomainsP2mAndHasNoTablesOfItsOwn() {
        RunResult run = ScenarioRunner.start(ScenarioParser.parse("smmu.p2m",
                "machine arm64\ndomain dom0 id=0\ndevice gpu0 iommu=smmu domain=dom0\niommu-hwdom dom0 pfn=0x100 nr=1\n")).runToEnd();
        LiveMachine model = ModelBuilder.build(run);
        IommuContext c = model.getDevices().get(0).getContext();
        P2m p2m = model.getDomains().get(0).getP2m();
        assertEquals("SMMU", c.getKind());
        assertTrue(c.isSharesP2m());
        assertSame(p2m, c.getSharedP2m());
        assertEquals(p2m.getRootMfn(), c.getRootMfn());
        assertTrue(p2m.getRootMfn().isValid());
        assertTrue(c.getTables().isEmpty(), "the SMMU walks the p2m: its tables are shown once, under the p2m");
    }

    private static Table l2OfNic0(SeedExamples seed) {
        Table root = seed.model().getDevices().get(1).getContext().getTables().get(0);
        Table l3 = root.getDescriptors().get(0).getChild();
        return l3.getDescriptors().get(0).getChild();
    }

    static List<String> fields(Descriptor d) {
        return d.getFields().stream().map(IommuContextModelTest::text).toList();
    }

    private static String text(DescriptorField f) {
        return f.getName() + " " + f.getBits() + " = " + Long.toHexString(f.getValue()) + " " + f.getMeaning();
    }
}
