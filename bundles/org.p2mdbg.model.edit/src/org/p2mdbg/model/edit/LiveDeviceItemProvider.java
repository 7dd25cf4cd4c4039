package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.provider.DeviceItemProvider;

/** A device behind an IOMMU: "IOMMU: device nic0 (VT-d)". */
public class LiveDeviceItemProvider extends DeviceItemProvider {
    public LiveDeviceItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        Device d = (Device) object;
        String kind = d.getContext() == null ? d.getIommu() : d.getContext().getKind();
        return "IOMMU: device " + d.getName() + " (" + kind + ")";
    }
}
