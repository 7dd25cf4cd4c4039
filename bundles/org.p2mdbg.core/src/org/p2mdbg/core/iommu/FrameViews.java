package org.p2mdbg.core.iommu;

import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.Walker;

/**
 * How a device and the domain's vCPUs see one guest frame (dfn = gfn, as Xen keeps the IOMMU
 * tables of a translated domain), both walked without tracing. The one comparison behind
 * {@link IommuP2mDisagreement} and the IOMMU_P2M_MISMATCH rule.
 *
 * @param p2m the p2m walk, or null when the p2m is torn down (it then maps nothing)
 */
public record FrameViews(IommuTranslation device, WalkResult p2m) {
    public static FrameViews of(IommuContexts iommus, String device, FrameStore frames, WalkRequest p2mWalk, long frame) {
        IommuTranslation seen = iommus.translate(device, new Dfn(frame));
        return new FrameViews(seen, p2mWalk == null ? null : Walker.walk(frames::peek, p2mWalk, frame));
    }

    public Mfn p2mMfn() { return p2m == null ? Mfn.INVALID : p2m.output(); }

    public boolean disagree() { return !device.mfn().equals(p2mMfn()); }
}
