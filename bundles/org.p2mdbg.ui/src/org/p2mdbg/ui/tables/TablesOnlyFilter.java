package org.p2mdbg.ui.tables;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.p2mdbg.model.Checkpoint;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.Finding;
import org.p2mdbg.model.Operation;

/** The Page Tables view shows the machine's tables; operations, findings and costs have views of their own. */
final class TablesOnlyFilter extends ViewerFilter {
    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        return !(element instanceof Operation || element instanceof Finding || element instanceof Checkpoint
                || element instanceof CostSummary);
    }
}
