package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.provider.OperationItemProvider;

/** An operation: "#2 map guest gfn=0x80000 nr=1 (events 40..57)". */
public class LiveOperationItemProvider extends OperationItemProvider {
    public LiveOperationItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        Operation op = (Operation) object;
        return "#" + op.getIndex() + " " + op.getText() + " (events " + op.getFirstEvent() + ".." + (op.getEndEvent() - 1) + ")";
    }

    /** Every operation has its costs below it; asking must not read its events. */
    @Override public boolean hasChildren(Object object) { return true; }
}
