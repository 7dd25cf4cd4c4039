package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.OPERATION__END_EVENT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.P2mFactory;
import org.p2mdbg.model.Step;
import org.p2mdbg.model.impl.OperationImpl;

/**
 * One operation of the trace. Its events become {@link Step}s only when asked for: the first
 * {@value #FIRST_PAGE} on first access of {@link #getSteps()}, others through
 * {@link #steps(long, int)}; its costs are counted on first access of {@link #getCosts()}.
 */
public final class LiveOperation extends OperationImpl {
    /** How many steps getSteps() shows before more are asked for. */
    public static final int FIRST_PAGE = 256;

    private final Trace trace;
    private boolean stepsMade;

    LiveOperation(Trace trace, int index) {
        this.trace = trace;
        setIndex(index);
        setText(trace.operationName(index));
        setFirstEvent(trace.operationStart(index));
        setEndEvent(trace.operationEnd(index));
    }

    @Override public EList<Step> getSteps() {
        EList<Step> list = super.getSteps();
        if (!stepsMade) {
            stepsMade = true;
            List<Step> made = new ArrayList<>();
            for (long e = getFirstEvent(); e < Math.min(getEndEvent(), getFirstEvent() + FIRST_PAGE); e++) {
                made.add(newStep(e));
            }
            ModelUpdates.silently(this, () -> list.addAll(made));
        }
        return list;
    }

    /**
     * The steps of the events [from, from + count) of this operation (trace event numbers); they join
     * {@link #getSteps()} in event order, with a notification.
     */
    public List<Step> steps(long from, int count) {
        if (from < getFirstEvent() || count < 0 || from + count > getEndEvent()) {
            throw new IndexOutOfBoundsException("events " + from + " + " + count + " outside this operation's "
                    + getFirstEvent() + ".." + (getEndEvent() - 1));
        }
        EList<Step> list = getSteps();
        List<Step> page = new ArrayList<>(count);
        int at = 0;
        for (long e = from; e < from + count; e++) {
            while (at < list.size() && list.get(at).getIndex() < e) {
                at++;
            }
            if (at < list.size() && list.get(at).getIndex() == e) {
                page.add(list.get(at));
            } else {
                Step s = newStep(e);
                list.add(at, s);
                page.add(s);
            }
        }
        return Collections.unmodifiableList(page);
    }

    @Override public CostSummary getCosts() {
        if (costs == null) {
            CostSummary counted = CostSummaries.of(trace, getFirstEvent(), getEndEvent());
            ModelUpdates.silently(this, () -> setCosts(counted));
        }
        return costs;
    }

    /** The last operation grows while the emulation runs: its end and costs follow. */
    void refresh() {
        ModelUpdates.set(this, OPERATION__END_EVENT, trace.operationEnd(getIndex()));
        if (costs != null) {
            CostSummaries.update(costs, trace, getFirstEvent(), getEndEvent());
        }
    }

    private Step newStep(long e) {
        Step s = P2mFactory.eINSTANCE.createStep();
        s.setIndex(e);
        s.setKind(trace.kind(e));
        s.setCallPath(trace.callPaths().format(trace.path(e)));
        s.setA(trace.a(e));
        s.setB(trace.b(e));
        s.setC(trace.c(e));
        s.setDetail(trace.detail(e));
        return s;
    }
}
