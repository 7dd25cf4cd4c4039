package org.p2mdbg.core.check;

import java.util.HashMap;
import java.util.Map;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;

/**
 * Each frame's kind, owner and reference count as the trace has them at the event being checked,
 * rebuilt from FRAME_ALLOC/FRAME_FREE/REF_* events (so checking never moves the real frame store).
 * Stored in pages of primitive columns; a frame the trace never mentioned has no kind (null).
 */
final class FrameShadow {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final FrameKind[] KINDS = FrameKind.values();

    private static final class Page {
        final byte[] kind = new byte[PAGE];   // ordinal + 1; 0 = never seen
        final int[] owner = new int[PAGE];
        final int[] refs = new int[PAGE];
    }

    private final Map<Long, Page> pages = new HashMap<>();
    private long lastKey = -1;
    private Page last;

    FrameKind kind(long mfn) {
        Page p = page(mfn, false);
        int k = p == null ? 0 : p.kind[offset(mfn)];
        return k == 0 ? null : KINDS[k - 1];
    }

    int owner(long mfn) {
        Page p = page(mfn, false);
        return p == null ? FrameStore.NO_OWNER : p.owner[offset(mfn)];
    }

    int refs(long mfn) {
        Page p = page(mfn, false);
        return p == null ? 0 : p.refs[offset(mfn)];
    }

    void allocated(long mfn, FrameKind kind, int owner) {
        Page p = page(mfn, true);
        int i = offset(mfn);
        p.kind[i] = (byte) (kind.ordinal() + 1);
        p.owner[i] = owner;
        p.refs[i] = 0;
    }

    void freed(long mfn) { allocated(mfn, FrameKind.FREE, FrameStore.NO_OWNER); }

    void setRefs(long mfn, int count) { page(mfn, true).refs[offset(mfn)] = count; }

    private Page page(long mfn, boolean create) {
        long key = mfn >>> PAGE_BITS;
        if (key == lastKey) {
            return last;
        }
        Page p = pages.get(key);
        if (p == null) {
            if (!create) {
                return null;
            }
            p = new Page();
            pages.put(key, p);
        }
        lastKey = key;
        last = p;
        return p;
    }

    private static int offset(long mfn) { return (int) (mfn & (PAGE - 1)); }
}
