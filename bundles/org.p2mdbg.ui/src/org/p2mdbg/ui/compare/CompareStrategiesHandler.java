package org.p2mdbg.ui.compare;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Compare Strategies…: the Strategy Comparison view, asking what to compare. */
public final class CompareStrategiesHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            StrategyComparisonView.openAndAsk(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the Strategy Comparison view", e);
        }
        return null;
    }
}
