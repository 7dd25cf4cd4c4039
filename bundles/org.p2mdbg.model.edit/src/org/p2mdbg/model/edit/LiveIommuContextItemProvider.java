package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.IommuContext;
import org.p2mdbg.model.provider.IommuContextItemProvider;

/**
 * A device's IOMMU context: "VT-d tables: root 0x40010, 4 levels, flush per-page", "AMD-Vi tables:
 * no root yet", or for the SMMU "SMMU: walks the p2m of guest (root 0x40000)".
 */
public class LiveIommuContextItemProvider extends IommuContextItemProvider {
    public LiveIommuContextItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        IommuContext c = (IommuContext) object;
        if (c.isSharesP2m()) {
            String domain = c.getSharedP2m() != null && c.getSharedP2m().eContainer() instanceof Domain d ? d.getName() : "its domain";
            return c.getKind() + ": walks the p2m of " + domain + " (root " + c.getRootMfn() + ")";
        }
        String root = c.getRootMfn().isValid() ? "root " + c.getRootMfn() + ", " + c.getLevels() + " levels" : "no root yet";
        return c.getKind() + " tables: " + root + ", flush " + c.getFlushStrategy();
    }

    /** Answers from the root tables list, which holds one table at most: asking makes nothing. */
    @Override public boolean hasChildren(Object object) { return !((IommuContext) object).getTables().isEmpty(); }
}
