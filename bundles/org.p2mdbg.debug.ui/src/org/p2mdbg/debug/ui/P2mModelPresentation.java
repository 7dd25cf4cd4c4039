package org.p2mdbg.debug.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.p2mdbg.debug.model.P2mBreakpoint;

/** Labels of P2M debug elements in the Debug, Variables and Breakpoints views. */
public final class P2mModelPresentation extends LabelProvider implements IDebugModelPresentation {
    @Override
    public String getText(Object element) {
        if (element instanceof P2mBreakpoint b) {
            try {
                return (b.isEnabled() ? "" : "(disabled) ") + "P2M breakpoint " + b.description();
            } catch (CoreException e) {
                return "P2M breakpoint (marker gone)";
            }
        }
        return null;   // the platform's default label (getName()) for targets, threads, frames
    }

    @Override
    public Image getImage(Object element) { return null; }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            detail = value.getValueString();
        } catch (DebugException e) {
            detail = e.getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public void setAttribute(String attribute, Object value) {
        // no presentation options
    }

    @Override
    public IEditorInput getEditorInput(Object element) { return null; }

    @Override
    public String getEditorId(IEditorInput input, Object element) { return null; }
}
