package org.p2mdbg.debug.model;

import java.util.List;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A value shown in the Variables view: its text and, for descriptors and groups, its parts. */
public final class P2mValue extends P2mDebugElement implements IValue {
    private final String type;
    private final String text;
    private final List<P2mVariable> parts;

    P2mValue(IDebugTarget target, String type, String text, List<P2mVariable> parts) {
        super(target);
        this.type = type;
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    @Override public String getReferenceTypeName() { return type; }

    @Override public String getValueString() { return text; }

    @Override public boolean isAllocated() { return true; }

    @Override public IVariable[] getVariables() { return parts.toArray(IVariable[]::new); }

    @Override public boolean hasVariables() { return !parts.isEmpty(); }
}
