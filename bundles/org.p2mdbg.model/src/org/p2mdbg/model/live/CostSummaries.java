package org.p2mdbg.model.live;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.P2mFactory;
import org.p2mdbg.model.P2mPackage;

/**
 * Fills a {@link CostSummary} from the {@link CostCounter}: each JSON name of the contract
 * (pte_reads) is the attribute of the same name in camel case (pteReads).
 */
public final class CostSummaries {
    private CostSummaries() {}

    /** The costs of the events in [from, to). */
    public static CostSummary of(Trace trace, long from, long to) {
        CostSummary summary = P2mFactory.eINSTANCE.createCostSummary();
        update(summary, trace, from, to);
        return summary;
    }

    /** Counts the events in [from, to) again and sets the counters that changed. */
    public static void update(CostSummary summary, Trace trace, long from, long to) {
        for (Map.Entry<String, Long> cost : CostCounter.count(trace, from, to).entrySet()) {
            ModelUpdates.set(summary, attribute(cost.getKey()), cost.getValue());
        }
    }

    /** The attribute of a contract name, e.g. iotlb_flushes_added is iotlbFlushesAdded. */
    public static EAttribute attribute(String jsonName) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : jsonName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        if (!(P2mPackage.Literals.COST_SUMMARY.getEStructuralFeature(name.toString()) instanceof EAttribute a)) {
            throw new IllegalArgumentException("CostSummary has no counter for " + jsonName);
        }
        return a;
    }
}
