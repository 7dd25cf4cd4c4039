package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.provider.PvAddressSpaceItemProvider;

/** A PV process's address space: "PV address space: pgd 0x40001 (L4x2 pinned PagePinned), in CR3 of vCPUs 0, 1". */
public class LivePvAddressSpaceItemProvider extends PvAddressSpaceItemProvider {
    public LivePvAddressSpaceItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        PvAddressSpace s = (PvAddressSpace) object;
        return "PV address space: pgd " + s.getPgdMfn() + " (" + s.getPgdType() + "), user pgd " + s.getUserPgdMfn()
                + ", in CR3 of vCPUs " + s.getCr3CpuList();
    }

    @Override public boolean hasChildren(Object object) { return !((PvAddressSpace) object).getTables().isEmpty(); }
}
