package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.trace.Trace;

/**
 * The table trees as the trace has them at the event being checked, rebuilt incrementally from
 * PTE_WRITE, FRAME_ALLOC and FRAME_FREE events: a shadow copy of every table frame, the parent link
 * of every table (the write of a table descriptor at (mfn, index) that points to it), the root pages,
 * and every mapping indexed by the frame it maps. Writes into a table not yet linked (a sub-tree
 * being built before it is installed, as p2m_split_superpage does) are kept and count once linked.
 *
 * <p>A valid table descriptor links a child only when the child is a table frame of the same kind
 * as its parent; a table descriptor pointing elsewhere (Xen's VLPT slots point into a guest's p2m)
 * is a cross reference: it reaches that one frame and is indexed like a mapping of it.
 */
final class TableTopology {
    /** Deeper chains than this are not trees (a corrupted table linking to an ancestor). */
    private static final int MAX_DEPTH = 8;

    /** The shadow of one allocated table frame. */
    static final class TableShadow {
        final long mfn;
        final FrameKind kind;
        final int owner;
        final long allocEvent;
        final long[] values = new long[FrameStore.ENTRIES];
        /** The event that removed the last link to this table, or -1. */
        long unlinkEvent = -1;

        TableShadow(long mfn, FrameKind kind, int owner, long allocEvent) {
            this.mfn = mfn;
            this.kind = kind;
            this.owner = owner;
            this.allocEvent = allocEvent;
        }
    }

    private final Trace trace;
    private final List<TableRoot> roots;
    private final FrameShadow frames;
    private final Map<Long, TableShadow> tables = new HashMap<>();
    /** child table MFN -> the PTE_WRITE event of the descriptor linking it. */
    private final LongMultimap links = new LongMultimap();
    /** root page MFN -> root index << 8 | page. */
    private final LongMultimap rootPages = new LongMultimap();
    /** output frame of a mapping (or cross reference) -> the PTE_WRITE event that wrote it. */
    private final LongMultimap mappings = new LongMultimap();
    private final long[] rootFreedAt;
    private final Map<FrameKind, EntryFormat> formatsByKind = new EnumMap<>(FrameKind.class);
    private final int[] outputOrders;
    private final int[] chain = new int[MAX_DEPTH];
    /** Candidates gathered by mappingsOf and its answer, reused: it is asked for every freed or reused frame. */
    private final LongList scratch = new LongList();
    private final LongList found = new LongList();

    TableTopology(Trace trace, List<TableRoot> roots, FrameShadow frames) {
        this.trace = trace;
        this.roots = roots;
        this.frames = frames;
        this.rootFreedAt = new long[roots.size()];
        java.util.Arrays.fill(rootFreedAt, -1);
        TreeSet<Integer> orders = new TreeSet<>();
        orders.add(0);
        for (TableRoot r : roots) {
            formatsByKind.putIfAbsent(r.kind(), r.format());
            for (int level = r.level(); level <= r.format().leafLevel(); level++) {
                orders.add(r.format().order(level));
            }
        }
        outputOrders = orders.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Every order a mapping or table reference of the known formats can reach, ascending. */
    int[] outputOrders() { return outputOrders; }

    /** The current value of a slot (table MFN << 9 | index); 0 for frames without a shadow. */
    long value(long slot) {
        TableShadow t = tables.get(slot >>> 9);
        return t == null ? 0 : t.values[(int) (slot & 511)];
    }

    boolean isRootAllocated(int rootIndex) {
        TableRoot r = roots.get(rootIndex);
        return rootPages.get(r.mfn().value(), -1) >>> 8 == rootIndex;
    }

    /** The event that freed the last freed page of a root, or -1 while it is allocated (or never was). */
    long rootFreedAt(int rootIndex) { return rootFreedAt[rootIndex]; }

    /**
     * Where a table sits, by following parent links up to a root page; null when the table is not
     * connected to an allocated root.
     */
    TablePlace place(long tableMfn) {
        long frame = tableMfn;
        int depth = 0;
        long rootPage;
        while ((rootPage = rootPages.get(frame, -1)) < 0) {
            long link = links.get(frame, -1);
            if (link < 0 || depth == MAX_DEPTH) {
                return null;
            }
            long slot = trace.a(link);
            chain[depth++] = (int) (slot & 511);
            frame = slot >>> 9;
        }
        int rootIndex = (int) (rootPage >>> 8);
        TableRoot r = roots.get(rootIndex);
        EntryFormat f = r.format();
        if (r.level() + depth > f.leafLevel()) {
            return null;
        }
        long first = (rootPage & 0xff) << (f.order(r.level()) + 9);
        for (int k = 0; k < depth; k++) {
            first += (long) chain[depth - 1 - k] << f.order(r.level() + k);
        }
        return new TablePlace(rootIndex, r, r.level() + depth, first);
    }

    /** The event that wrote the link to a table, or -1 when nothing links it. */
    long linkEvent(long childMfn) { return links.get(childMfn, -1); }

    /** The PTE_WRITE event that wrote the slot's current (valid) value, or -1 when unknown. */
    long writeEvent(long slot, long descriptor) {
        long link = links.get(outputFrame(slot, descriptor), -1);
        if (link >= 0 && trace.a(link) == slot) {
            return link;
        }
        LongList candidates = new LongList();
        mappings.values(outputFrame(slot, descriptor), candidates);
        for (int i = 0; i < candidates.size(); i++) {
            if (trace.a(candidates.get(i)) == slot) {
                return candidates.get(i);
            }
        }
        return -1;
    }

    /**
     * The PTE_WRITE events of the current mappings (and cross references) in connected tables
     * whose output covers {@code frame}: a list this topology reuses, valid until the next call.
     */
    LongList mappingsOf(long frame) {
        LongList candidates = scratch;
        candidates.clear();
        long previousKey = -1;
        for (int order : outputOrders) {
            long key = frame & -(1L << order);
            if (key != previousKey) {
                mappings.values(key, candidates);
                previousKey = key;
            }
        }
        LongList out = found;
        out.clear();
        for (int i = 0; i < candidates.size(); i++) {
            long write = candidates.get(i);
            long slot = trace.a(write);
            long d = trace.c(write);
            TablePlace p = place(slot >>> 9);
            if (p != null) {
                long base = p.format().outputFrame(d);
                if (frame >= base && frame - base < 1L << p.outputOrder(d)) {
                    out.add(write);
                }
            }
        }
        return out;
    }

    // ---- updates, applied after the checks have seen the event ----

    void allocated(long event, long mfn, FrameKind kind, int owner) {
        if (!kind.isTable()) {
            return;
        }
        tables.put(mfn, new TableShadow(mfn, kind, owner, event));
        for (int i = 0; i < roots.size(); i++) {
            TableRoot r = roots.get(i);
            if (r.covers(mfn) && r.kind() == kind && r.frameOwner() == owner) {
                rootPages.put(mfn, (long) i << 8 | (mfn - r.mfn().value()));
                rootFreedAt[i] = -1;
            }
        }
    }

    void freed(long event, long mfn) {
        TableShadow t = tables.get(mfn);
        if (t != null) {
            EntryFormat f = format(t);
            for (int i = 0; i < FrameStore.ENTRIES; i++) {
                forget(event, mfn << 9 | i, t.values[i], f);
            }
            tables.remove(mfn);
        }
        long rootPage = rootPages.get(mfn, -1);
        if (rootPage >= 0) {
            rootPages.removeAll(mfn);
            rootFreedAt[(int) (rootPage >>> 8)] = event;
        }
        links.removeAll(mfn);
    }

    void written(long event, long slot, long oldValue, long newValue) {
        TableShadow t = tables.get(slot >>> 9);
        if (t == null) {
            // A frame the trace did not allocate as a table: keep it, with what we know of it.
            FrameKind k = frames.kind(slot >>> 9);
            t = new TableShadow(slot >>> 9, k == null ? FrameKind.FREE : k, frames.owner(slot >>> 9), -1);
            tables.put(t.mfn, t);
        }
        TablePlace p = place(t.mfn);
        EntryFormat f = p != null ? p.format() : kindFormat(t.kind);
        forget(event, slot, oldValue, f);
        t.values[(int) (slot & 511)] = newValue;
        if (!f.isValid(newValue)) {
            return;
        }
        long out = f.outputFrame(newValue);
        boolean tableBit = p != null ? p.isTable(newValue) : f.isTable(newValue, 0);
        TableShadow child = tableBit ? tables.get(out) : null;
        if (child != null && child.kind == t.kind) {
            links.put(out, event);
            child.unlinkEvent = -1;
        } else {
            mappings.add(out, event);
        }
    }

    /** Removes what a slot's old value contributed: a link to a child table, or an indexed mapping. */
    private void forget(long event, long slot, long oldValue, EntryFormat f) {
        if (!f.isValid(oldValue)) {
            return;
        }
        long out = f.outputFrame(oldValue);
        long link = links.get(out, -1);
        if (link >= 0 && trace.a(link) == slot) {
            links.removeAll(out);
            TableShadow child = tables.get(out);
            if (child != null) {
                child.unlinkEvent = event;
            }
            return;
        }
        LongList candidates = new LongList();
        mappings.values(out, candidates);
        for (int i = 0; i < candidates.size(); i++) {
            if (trace.a(candidates.get(i)) == slot) {
                mappings.remove(out, candidates.get(i));
                return;
            }
        }
    }

    private long outputFrame(long slot, long descriptor) {
        TableShadow t = tables.get(slot >>> 9);
        return (t == null ? LpaeEntryFormat.STAGE2 : format(t)).outputFrame(descriptor);
    }

    /** The format of a table: its root's, else that of the roots of the same frame kind. */
    EntryFormat format(TableShadow t) {
        TablePlace p = place(t.mfn);
        return p != null ? p.format() : kindFormat(t.kind);
    }

    private EntryFormat kindFormat(FrameKind kind) {
        EntryFormat f = formatsByKind.get(kind);
        return f != null ? f : LpaeEntryFormat.STAGE2;
    }

    /** Every table frame still allocated, in MFN order (for reports that list them). */
    List<TableShadow> tablesByMfn() {
        List<TableShadow> out = new ArrayList<>(tables.values());
        out.sort((x, y) -> Long.compare(x.mfn, y.mfn));
        return out;
    }
}
