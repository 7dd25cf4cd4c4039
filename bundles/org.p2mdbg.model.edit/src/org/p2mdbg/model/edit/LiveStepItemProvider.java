package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.p2mdbg.model.Step;
import org.p2mdbg.model.provider.StepItemProvider;

/** An event: "#41 PTE_WRITE map guest > p2m_set_entry > level 3", and its detail when it has one. */
public class LiveStepItemProvider extends StepItemProvider {
    public LiveStepItemProvider(AdapterFactory adapterFactory) { super(adapterFactory); }

    @Override public String getText(Object object) {
        Step s = (Step) object;
        String text = "#" + s.getIndex() + " " + s.getKind() + " " + s.getCallPath();
        return s.getDetail() == null ? text : text + ": " + s.getDetail();
    }
}
