package org.p2mdbg.core.iommu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.p2mdbg.core.iommu.IommuMachine.dfn;
import static org.p2mdbg.core.iommu.IommuMachine.mfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.trace.EventKind;

/** The Arm SMMU shares the domain's p2m: its flushes are the p2m's, whatever the strategy. */
class SmmuIommuTest {
    @Test void mapPageIsAP2mInsertionWhoseFlushComesFromTheP2m() {
        for (IotlbFlushStrategy s : IotlbFlushStrategy.values()) {
            IommuMachine m = new IommuMachine(Arch.ARM64, IommuKind.SMMU, s);
            Domain dom0 = m.machine.createDomain("dom0", 0, 1);
            m.op("device smmu0 iommu=smmu domain=dom0");
            m.iommus.assign("smmu0", IommuKind.SMMU, dom0);
            assertTrue(dom0.hasIommu());
            m.op("iommu-map smmu0 dfn=0x80000 mfn=0x80000 order=0 perm=rw");
            assertEquals(0, m.iommus.map("smmu0", dfn(0x80000), mfn(0x80000), 0, true, true));
            assertEquals(1, m.cost("iotlb_flushes"), s.scenarioName());
            assertEquals("iommu-map smmu0 dfn=0x80000 mfn=0x80000 order=0 perm=rw > " + (s == IotlbFlushStrategy.CALLER ? "iommu_legacy_map > " : "")
                    + "iommu_map > arm_smmu_map_page > p2m_insert_mapping > p2m_set_entry > __p2m_set_entry > level 3 > iommu_iotlb_flush",
                    m.pathOfLast(EventKind.IOTLB_FLUSH), s.scenarioName());
            IommuTranslation t = m.iommus.translate("smmu0", dfn(0x80000));
            assertEquals(mfn(0x80000), t.mfn());
            assertTrue(t.writable());
            assertEquals(mfn(0x80000), dom0.p2m().getEntry(new Gfn(0x80000)).mfn());
            assertEquals(Optional.empty(), m.iommus.root(dom0));
        }
    }

    @Test void onlyTheDirectMappedHardwareDomainMapsThroughTheSmmu() {
        IommuMachine m = new IommuMachine(Arch.ARM64, IommuKind.SMMU, IotlbFlushStrategy.PER_PAGE);
        m.op("iommu-map nic0 dfn=0x80000 mfn=0x80000 order=0 perm=rw");
        assertEquals(Errno.EINVAL, m.iommus.map("nic0", dfn(0x80000), mfn(0x80000), 0, true, true));
        // the refusal, then iommu_map crashes the guest
        List<String> errors = new ArrayList<>();
        for (long e = m.trace.operationStart(m.trace.operationCount() - 1); e < m.trace.size(); e++) {
            if (m.trace.kind(e) == EventKind.ERROR) {
                errors.add(Errno.name((int) m.trace.a(e)) + " " + m.trace.detail(e));
            }
        }
        assertEquals(List.of("-EINVAL arm_smmu_map_page: BUG_ON(!is_domain_direct_mapped(d))",
                "-EINVAL domain_crash: the IOMMU update of guest failed"), errors);
        assertEquals(List.of(), m.flushes());
    }
}
