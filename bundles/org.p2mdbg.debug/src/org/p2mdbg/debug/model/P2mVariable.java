package org.p2mdbg.debug.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A named, read-only value of the emulated machine at the current event. */
public final class P2mVariable extends P2mDebugElement implements IVariable {
    private final String name;
    private final P2mValue value;

    P2mVariable(IDebugTarget target, String name, P2mValue value) {
        super(target);
        this.name = name;
        this.value = value;
    }

    @Override public IValue getValue() { return value; }

    @Override public String getName() { return name; }

    @Override public String getReferenceTypeName() { return value.getReferenceTypeName(); }

    @Override public boolean hasValueChanged() { return false; }

    @Override public void setValue(String expression) throws DebugException { throw readOnly(); }

    @Override public void setValue(IValue v) throws DebugException { throw readOnly(); }

    @Override public boolean supportsValueModification() { return false; }

    @Override public boolean verifyValue(String expression) { return false; }

    @Override public boolean verifyValue(IValue v) { return false; }
}
