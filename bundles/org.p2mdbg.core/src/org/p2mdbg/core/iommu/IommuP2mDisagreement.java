package org.p2mdbg.core.iommu;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm.P2m;

/**
 * A guest frame that a device and the domain's vCPUs translate differently: the device's IOMMU
 * tables (dfn = gfn, as Xen keeps them for a translated domain) reach {@code device}, the p2m reaches
 * {@code p2m} (INVALID where one of them maps nothing). A device that can still reach a frame the
 * p2m no longer maps can DMA into memory the guest gave back.
 */
public record IommuP2mDisagreement(Gfn gfn, Mfn device, Mfn p2m) {
    /**
     * Compares a device's view with its domain's p2m over [first, first + nr), reading without
     * tracing. An SMMU walks the p2m itself, so it never disagrees.
     */
    public static List<IommuP2mDisagreement> find(IommuContexts iommus, String device, Gfn first, long nr) {
        DeviceContext c = iommus.device(device).orElseThrow(() -> new IllegalArgumentException("no device " + device));
        P2m p2m = c.domain().p2m();
        List<IommuP2mDisagreement> out = new ArrayList<>();
        for (long i = 0; i < nr; i++) {
            Gfn gfn = first.add(i);
            FrameViews v = FrameViews.of(iommus, device, iommus.machine().frames(), p2m.walkRequest(), gfn.value());
            if (v.disagree()) {
                out.add(new IommuP2mDisagreement(gfn, v.device().mfn(), v.p2mMfn()));
            }
        }
        return out;
    }
}
