package org.p2mdbg.debug.model;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/** Common base of the P2M debug model elements: the model identifier and event helpers. */
abstract class P2mDebugElement extends DebugElement {
    /** The debug model identifier of P2M sessions (breakpoints, presentations). */
    public static final String MODEL_ID = "org.p2mdbg.debug";

    P2mDebugElement(IDebugTarget target) { super(target); }

    @Override
    public String getModelIdentifier() { return MODEL_ID; }

    void fire(int kind, int detail) { fireEvent(new DebugEvent(this, kind, detail)); }

    static DebugException readOnly() {
        return new DebugException(org.eclipse.core.runtime.Status.error("the emulated machine's state is changed by stepping, not by editing values"));
    }
}
