package org.p2mdbg.core.dump;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * Folds the leaves of a walk, which arrive in ascending virtual order, into ranges: a leaf extends the
 * open range when it starts where the range ends, virtually and physically, in the same region with
 * the same attribute key.
 */
final class RangeMerger implements LeafVisitor {
    private final List<MappedRange> ranges = new ArrayList<>();
    private PagingRegion region;
    private long start;
    private long vaEnd;
    private long paStart;
    private long paEnd;
    private long key;
    private long leaves;

    @Override public void leaf(PagingRegion r, long va, long pa, long size, long attributeKey, int level) {
        if (region == r && va == vaEnd && pa == paEnd && attributeKey == key) {
            vaEnd += size;
            paEnd += size;
            leaves++;
            return;
        }
        close();
        region = r;
        start = va;
        vaEnd = va + size;
        paStart = pa;
        paEnd = pa + size;
        key = attributeKey;
        leaves = 1;
    }

    List<MappedRange> finish() {
        close();
        return ranges;
    }

    private void close() {
        if (region != null) {
            ranges.add(new MappedRange(region.name(), new Va(start), new Pa(paStart), vaEnd - start, region.format().attributes(key), leaves));
            region = null;
        }
    }
}
