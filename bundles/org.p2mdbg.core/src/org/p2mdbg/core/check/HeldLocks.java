package org.p2mdbg.core.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.trace.LockKind;

/**
 * The locks held at the event being checked (from LOCK / UNLOCK events, innermost last), each named
 * by a small id per distinct (owner, lock) pair, and which of them protects a change of a table: the
 * innermost exclusive lock of the tree's owner that guards that kind of tree (p2m->lock or xen_pt_lock
 * for a p2m or Xen's tables, mapping_lock for IOMMU tables, the table page's split lock or else
 * mm->page_table_lock for a PV process's tables).
 */
final class HeldLocks {
    /** One lock: its owner and the c operand of its events. */
    private record Key(int owner, long operand) {}

    private final Map<Key, Integer> ids = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private int[] held = new int[8];
    private long[] heldOperand = new long[8];
    private int[] heldOwner = new int[8];
    private boolean[] heldExclusive = new boolean[8];
    private int depth;

    /** The id of the lock of {@code owner} named by a LOCK / UNLOCK c operand. */
    int id(int owner, long operand) {
        return ids.computeIfAbsent(new Key(owner, operand), k -> {
            int id = ids.size();
            LockKind kind = LockKind.of(operand);
            names.put(id, kind == LockKind.PAGE_TABLES && owner == FrameStore.DOMID_XEN ? "xen_pt_lock" : kind.name(LockKind.frame(operand)));
            return id;
        });
    }

    /** "mapping_lock", "ptl of 0x40005". */
    String name(int id) { return names.get(id); }

    /**
     * Takes a lock; {@code writeFlag} is the LOCK event's b. Only a domain's p2m->lock is a read-write
     * lock (p2m_read_lock records b = 0); xen_pt_lock (owner DOMID_XEN) and the other kinds are spinlocks.
     */
    void locked(int owner, long operand, boolean writeFlag) {
        boolean exclusive = writeFlag || owner == FrameStore.DOMID_XEN || LockKind.of(operand) != LockKind.PAGE_TABLES;
        if (depth == held.length) {
            int n = depth * 2;
            held = Arrays.copyOf(held, n);
            heldOperand = Arrays.copyOf(heldOperand, n);
            heldOwner = Arrays.copyOf(heldOwner, n);
            heldExclusive = Arrays.copyOf(heldExclusive, n);
        }
        held[depth] = id(owner, operand);
        heldOperand[depth] = operand;
        heldOwner[depth] = owner;
        heldExclusive[depth] = exclusive;
        depth++;
    }

    /** Releases the innermost hold of the lock (locks need not be released in order). */
    void unlocked(int owner, long operand) {
        int id = id(owner, operand);
        for (int i = depth - 1; i >= 0; i--) {
            if (held[i] == id) {
                System.arraycopy(held, i + 1, held, i, depth - i - 1);
                System.arraycopy(heldOperand, i + 1, heldOperand, i, depth - i - 1);
                System.arraycopy(heldOwner, i + 1, heldOwner, i, depth - i - 1);
                System.arraycopy(heldExclusive, i + 1, heldExclusive, i, depth - i - 1);
                depth--;
                return;
            }
        }
    }

    /**
     * The id of the lock that protects a write into table {@code tableMfn} of root {@code r} and must see
     * it flushed before it is dropped ({@link LockKind#flushedBeforeRelease}), or -1 when no such lock is held.
     */
    int protecting(TableRoot r, long tableMfn) {
        int pageTableLock = -1;
        for (int i = depth - 1; i >= 0; i--) {
            if (!heldExclusive[i] || heldOwner[i] != r.owner()) {
                continue;
            }
            LockKind kind = LockKind.of(heldOperand[i]);
            boolean guards = switch (kind) {
                case PAGE_TABLES -> r.kind() == FrameKind.P2M_TABLE || r.kind() == FrameKind.XEN_PT_TABLE;
                case IOMMU_MAPPING -> r.kind() == FrameKind.IOMMU_TABLE;
                case SPLIT_PTL -> r.kind() == FrameKind.PV_PAGE_TABLE && LockKind.frame(heldOperand[i]) == tableMfn;
                case MM_PAGE_TABLE -> r.kind() == FrameKind.PV_PAGE_TABLE;
            };
            if (guards && kind == LockKind.MM_PAGE_TABLE) {
                pageTableLock = pageTableLock < 0 ? held[i] : pageTableLock;
            } else if (guards) {
                return kind.flushedBeforeRelease() ? held[i] : -1;
            }
        }
        return pageTableLock >= 0 && LockKind.MM_PAGE_TABLE.flushedBeforeRelease() ? pageTableLock : -1;
    }
}
