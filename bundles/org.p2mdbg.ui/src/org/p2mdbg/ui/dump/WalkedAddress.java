package org.p2mdbg.ui.dump;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The Guest Dump view's selection as the workbench sees it: the last address walked (a
 * {@link DumpAddressWalk}), not a row of its tables, so the Walk Diagram draws the same walk.
 */
final class WalkedAddress implements IPostSelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private ISelection selection = StructuredSelection.EMPTY;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener l) { listeners.add(l); }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener l) { listeners.remove(l); }

    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener l) { postListeners.add(l); }

    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener l) { postListeners.remove(l); }

    @Override
    public ISelection getSelection() { return selection; }

    @Override
    public void setSelection(ISelection s) {
        selection = s;
        SelectionChangedEvent e = new SelectionChangedEvent(this, s);
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(e);
        }
        for (ISelectionChangedListener l : postListeners) {
            l.selectionChanged(e);
        }
    }
}
