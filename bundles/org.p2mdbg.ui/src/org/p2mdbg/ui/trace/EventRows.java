package org.p2mdbg.ui.trace;

import org.p2mdbg.core.trace.EventRanges;

/**
 * The rows of the Trace view: the events a query selected, row n being the n-th of them, and back
 * from an event to its row (to scroll to the current event), both by binary search.
 */
final class EventRows {
    static final EventRows NONE = new EventRows(null);

    private final EventRanges ranges;
    /** firstRow[i] = the row of range i's first event. */
    private final long[] firstRow;

    EventRows(EventRanges ranges) {
        this.ranges = ranges;
        int n = ranges == null ? 0 : ranges.rangeCount();
        firstRow = new long[n + 1];
        for (int i = 0; i < n; i++) {
            firstRow[i + 1] = firstRow[i] + ranges.to(i) - ranges.from(i);
        }
    }

    int size() { return (int) Math.min(Integer.MAX_VALUE, firstRow[firstRow.length - 1]); }

    long event(int row) { return ranges.event(row); }

    /** The row showing an event, or -1 when the query does not select it. */
    int rowOf(long event) {
        int lo = 0;
        int hi = firstRow.length - 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (event < ranges.from(mid)) {
                hi = mid - 1;
            } else if (event >= ranges.to(mid)) {
                lo = mid + 1;
            } else {
                return (int) (firstRow[mid] + event - ranges.from(mid));
            }
        }
        return -1;
    }
}
