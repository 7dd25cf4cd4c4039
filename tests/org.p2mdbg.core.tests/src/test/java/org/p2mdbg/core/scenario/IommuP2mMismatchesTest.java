package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.Walker;

/** IOMMU_P2M_MISMATCH at the end of a run: a device's own IOMMU tables against its domain's p2m. */
class IommuP2mMismatchesTest {
    private static final String GUEST = """
            machine arm64 ipa=40
            domain guest id=1
            """;

    private static List<Finding> mismatches(String source) {
        RunResult r = ScenarioRunner.start(ScenarioParser.parse("t.p2m", source)).runToEnd();
        return r.findings().stream().filter(f -> f.rule() == Rule.IOMMU_P2M_MISMATCH).toList();
    }

    /** Two populated guest pages, the first of which the device maps to {@code mfn}. */
    private static String populatedThenMapped(String iommu, String mfn) {
        return GUEST + "device nic0 iommu=" + iommu + " domain=guest\n"
                + "populate guest gfn=0x80000 nr=2\n"
                + "iommu-map nic0 dfn=0x80000 mfn=" + mfn + " order=0 perm=rw\n";
    }

    /** Where the p2m puts gfn 0x80000 (the device's tables are allocated after it, so the same for any mfn). */
    private static Mfn guestPage(String iommu) {
        RunResult r = ScenarioRunner.start(ScenarioParser.parse("t.p2m", populatedThenMapped(iommu, "0x40100"))).runToEnd();
        return Walker.walk(r.machine().frames()::peek, r.machine().domain("guest").orElseThrow().p2m().walkRequest(),
                0x80000).output();
    }

    @Test void aDeviceMappingAnotherFrameThanThePopulatedPageIsOneMismatch() {
        for (String iommu : List.of("vtd", "amdvi")) {
            List<Finding> f = mismatches(populatedThenMapped(iommu, "0x40100"));
            // gfn 0x80001 is populated too but outside the range the device maps: not compared
            assertEquals(1, f.size(), iommu + ": " + f);
            assertEquals(new Gfn(0x80000), f.get(0).gfn());
            assertEquals(new Mfn(0x40100), f.get(0).mfn(), "the frame the device reaches");
            assertEquals("guest", f.get(0).domain());
            assertTrue(f.get(0).message().contains("nic0"), f.get(0).message());
            assertTrue(f.get(0).message().contains("0x40100") && f.get(0).message().contains(guestPage(iommu).toString()), f.get(0).message());
            assertTrue(f.get(0).proof().contains(f.get(0).event()));
        }
    }

    @Test void aDeviceMappingThePopulatedPageAgrees() {
        for (String iommu : List.of("vtd", "amdvi")) {
            String page = guestPage(iommu).toString();
            assertEquals(List.of(), mismatches(populatedThenMapped(iommu, page)), iommu);
        }
    }

    @Test void aHoleInThePagesTheDeviceMapsThatThePopulatedP2mFillsIsAMismatch() {
        String source = GUEST + "device nic0 iommu=vtd domain=guest\n"
                + "populate guest gfn=0x80000 nr=1\n"
                + "populate guest gfn=0x80002 nr=1\n"
                + "iommu-map nic0 dfn=0x80000 mfn=0x40100 order=0 perm=rw\n"
                + "iommu-map nic0 dfn=0x80002 mfn=0x40102 order=0 perm=rw\n"
                + "populate guest gfn=0x80001 nr=1\n";
        List<Finding> f = mismatches(source);
        // 0x80000 and 0x80002 differ; 0x80001 the p2m maps and the device does not
        assertEquals(List.of(new Gfn(0x80000), new Gfn(0x80001), new Gfn(0x80002)), f.stream().map(Finding::gfn).sorted().toList());
    }

    @Test void anSmmuWalksTheP2mItselfSoItNeverDisagrees() {
        String source = GUEST + "device nic0 iommu=smmu domain=guest\n"
                + "populate guest gfn=0x80000 nr=2\n";
        assertEquals(List.of(), mismatches(source));
    }
}
