package org.p2mdbg.model.live;

import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.impl.DeviceImpl;

/** A device assigned to a domain behind an IOMMU, with the context its DMA is translated by. */
public final class LiveDevice extends DeviceImpl {
    private final DeviceContext core;

    LiveDevice(IommuContexts iommus, DeviceContext core) {
        this.core = core;
        setName(core.name());
        setIommu(core.kind().scenarioName());
        setContext(new LiveIommuContext(iommus, core));
    }

    public DeviceContext core() { return core; }

    /** Points at the domain as shown now (null while it does not exist at the position) and refreshes the context. */
    void refresh(Domain shown) {
        if (getDomain() != shown) {
            setDomain(shown);
        }
        ((LiveIommuContext) getContext()).refresh(shown == null ? null : shown.getP2m());
    }
}
