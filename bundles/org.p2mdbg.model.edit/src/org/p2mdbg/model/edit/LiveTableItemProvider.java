package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.provider.TableItemProvider;

/** A table page: "L1 table 0x40000 (0x0..0x3fffffffff, 2 valid)"; a PV table with its type: "L1 table 0x40005 [L1x1 pinned] (...)". */
public class LiveTableItemProvider extends TableItemProvider {
    public LiveTableItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        Table t = (Table) object;
        String type = t.getPageType() == null || t.getPageType().isEmpty() ? "" : " [" + t.getPageType() + "]";
        return "L" + t.getLevel() + " table " + t.getMfn() + type + " (" + Hex.of(t.getInputStart()) + ".." + Hex.of(t.getInputEnd())
                + ", " + t.getValidCount() + " valid)";
    }

    /** Answers from the valid count: asking must not read the 512 descriptors. */
    @Override public boolean hasChildren(Object object) {
        Table t = (Table) object;
        return t.getValidCount() > 0 || t.eIsSet(P2mPackage.Literals.TABLE__DESCRIPTORS);
    }
}
