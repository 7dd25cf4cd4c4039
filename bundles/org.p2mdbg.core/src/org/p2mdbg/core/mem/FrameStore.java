package org.p2mdbg.core.mem;

import java.util.Arrays;

/**
 * Machine memory: every 4 KiB frame's owner, kind and general reference count, and for table
 * frames their 512 64-bit descriptors, stored as the hardware stores them (one long[512] per table
 * frame, primitive metadata columns, no object per entry).
 *
 * <p>All changes go through this class and are reported to the {@link FrameJournal}; {@link #peek}
 * is the side-effect-free read used by views and debug walks, {@link #read} the traced read used
 * by emulated algorithms.
 */
public final class FrameStore {
    public static final int ENTRIES = 512;
    /** Owner id of frames that belong to no domain. */
    public static final int NO_OWNER = -1;
    /** Xen's DOMID_XEN: owner of the hypervisor's own page-table frames. */
    public static final int DOMID_XEN = 0x7FF2;

    private static final FrameKind[] KINDS = FrameKind.values();

    private final long firstMfn;
    private final long maxFrames;
    private byte[] kind;
    private int[] owner;
    private int[] refs;
    /** x86 PV type words (Xen's page->u.inuse.type_info); zero for every other use. */
    private long[] typeInfo;
    private long[][] contents;
    private long next;           // bump pointer, relative to firstMfn
    private long[] freeList = new long[64];
    private int freeCount;
    private FrameJournal journal = NullJournal.INSTANCE;
    private final Registers registers = new Registers(this);

    /**
     * @param firstMfn  the lowest MFN this store hands out (frames below it do not exist)
     * @param maxFrames how many frames exist at most; allocation beyond fails like -ENOMEM
     */
    public FrameStore(long firstMfn, long maxFrames) {
        if (maxFrames <= 0 || maxFrames > (1L << 28)) {
            throw new IllegalArgumentException("maxFrames out of range (1 .. 2^28): " + maxFrames);
        }
        this.firstMfn = firstMfn;
        this.maxFrames = maxFrames;
        int initial = (int) Math.min(maxFrames, 1024);
        kind = new byte[initial];
        owner = new int[initial];
        refs = new int[initial];
        typeInfo = new long[initial];
        contents = new long[initial][];
        Arrays.fill(owner, NO_OWNER);
    }

    public void setJournal(FrameJournal journal) { this.journal = journal == null ? NullJournal.INSTANCE : journal; }

    public FrameJournal journal() { return journal; }

    public long firstMfn() { return firstMfn; }

    /** How many frames this store can hand out at most (firstMfn + maxFrames is the end of memory). */
    public long maxFrames() { return maxFrames; }

    /** One past the highest MFN ever handed out. */
    public long endMfn() { return firstMfn + next; }

    public boolean exists(Mfn mfn) {
        long i = mfn.value() - firstMfn;
        return i >= 0 && i < next;
    }

    /** Allocates a zeroed frame (the most recently freed first, like a LIFO page allocator). */
    public Mfn allocate(FrameKind k, int ownerId) {
        Mfn m = tryAllocate(k, ownerId);
        if (m == null) {
            throw new OutOfFramesException(maxFrames);
        }
        return m;
    }

    /** As {@link #allocate} but returns null when memory is exhausted (the caller reports -ENOMEM). */
    public Mfn tryAllocate(FrameKind k, int ownerId) {
        long before = next;
        boolean reused = freeCount > 0;
        long rel;
        if (reused) {
            rel = freeList[--freeCount];
        } else {
            if (next >= maxFrames) {
                return null;
            }
            rel = next++;
            ensureCapacity(next);
        }
        claim(rel, k, ownerId);
        journal.frameAlloc(firstMfn + rel, k, ownerId, reused, before);
        return new Mfn(firstMfn + rel);
    }

    /**
     * Allocates {@code count} contiguous fresh frames aligned to {@code count} (a power of two), as
     * the concatenated root of a p2m needs; frames skipped for alignment are never handed out.
     */
    public Mfn tryAllocateContiguous(int count, FrameKind k, int ownerId) {
        long start = (next + count - 1) & ~((long) count - 1);
        if (start + count > maxFrames) {
            return null;
        }
        for (int n = 0; n < count; n++) {
            long before = next;
            next = start + n + 1;
            ensureCapacity(next);
            claim(start + n, k, ownerId);
            journal.frameAlloc(firstMfn + start + n, k, ownerId, false, before);
        }
        return new Mfn(firstMfn + start);
    }

    /** Frees a frame; its descriptors go with it. Freeing a free frame is a caller bug. */
    public void free(Mfn mfn) {
        int i = index(mfn);
        FrameKind was = KINDS[kind[i]];
        if (was == FrameKind.FREE) {
            throw new IllegalStateException("double free of frame " + mfn);
        }
        if (typeInfo[i] != 0) {
            throw new IllegalStateException("frame " + mfn + " is freed with type word " + Hex.of(typeInfo[i]) + " still set");
        }
        journal.frameFree(mfn.value(), was, owner[i], refs[i], contents[i]);
        clear(i);
        pushFree(i);
    }

    public FrameKind kind(Mfn mfn) { return KINDS[kind[index(mfn)]]; }

    public int owner(Mfn mfn) { return owner[index(mfn)]; }

    public int refs(Mfn mfn) { return refs[index(mfn)]; }

    public int getRef(Mfn mfn) {
        int i = index(mfn);
        int n = ++refs[i];
        journal.refGet(mfn.value(), n);
        return n;
    }

    /** The frame's type word: what x86 PV Xen keeps in page->u.inuse.type_info (type, type count, pinned). */
    public long typeInfo(Mfn mfn) { return typeInfo[index(mfn)]; }

    /** Changes a frame's type word; a frame must be untyped again before it is freed. */
    public void setTypeInfo(Mfn mfn, long value) {
        int i = index(mfn);
        long old = typeInfo[i];
        typeInfo[i] = value;
        journal.typeInfoWrite(mfn.value(), old, value);
    }

    /** The CPU and software registers of the machine, journalled like the frames. */
    public Registers registers() { return registers; }

    public int putRef(Mfn mfn) {
        int i = index(mfn);
        int n = --refs[i];
        journal.refPut(mfn.value(), n);
        return n;
    }

    /** The traced read of a descriptor: what an emulated algorithm does. */
    public long read(Mfn table, int index) {
        long v = peek(table, index);
        journal.pteRead(table.value(), index, v);
        return v;
    }

    /** The side-effect-free read of a descriptor: what a view or debug walk does. */
    public long peek(Mfn table, int index) {
        long[] c = contents[index(table)];
        return c == null ? 0L : c[checkEntry(index)];
    }

    public void write(Mfn table, int index, long value) {
        int i = index(table);
        long[] c = contents[i];
        if (c == null) {
            c = contents[i] = new long[ENTRIES];
        }
        long old = c[checkEntry(index)];
        c[index] = value;
        journal.pteWrite(table.value(), index, old, value);
    }

    /** A copy of a table frame's 512 descriptors (zeros for a frame without contents). */
    public long[] snapshot(Mfn table) {
        long[] c = contents[index(table)];
        return c == null ? new long[ENTRIES] : c.clone();
    }

    /** A hash of every frame's metadata and contents: equal hashes mean equal machine state. */
    public long stateHash() {
        long h = 1125899906842597L;
        for (int i = 0; i < next; i++) {
            h = 31 * h + kind[i];
            h = 31 * h + owner[i];
            h = 31 * h + refs[i];
            if (typeInfo[i] != 0) {
                h = 31 * h + typeInfo[i];
            }
            long[] c = contents[i];
            if (c != null) {   // a zero entry hashes like an absent one: undo may leave zeros behind
                for (int k = 0; k < ENTRIES; k++) {
                    if (c[k] != 0) {
                        h = 31 * h + (k ^ (c[k] * 0x9E3779B97F4A7C15L));
                    }
                }
            }
        }
        long r = registers.stateHash();   // zero while no register was ever set
        return r == 0 ? h : 31 * h + r;
    }

    // ---- replay, used only by the trace to step backwards and forwards (never journalled) ----

    public void restoreEntry(Mfn table, int index, long value) {
        int i = index(table);
        if (contents[i] == null) {
            contents[i] = new long[ENTRIES];
        }
        contents[i][checkEntry(index)] = value;
    }

    public void restoreRefs(Mfn mfn, int count) { refs[index(mfn)] = count; }

    public void restoreTypeInfo(Mfn mfn, long value) { typeInfo[index(mfn)] = value; }

    public void undoAllocate(Mfn mfn, boolean fromFreeList, long previousEnd) {
        int i = index(mfn);
        clear(i);
        if (fromFreeList) {
            pushFree(i);
        } else {
            next = previousEnd;
        }
    }

    public void redoAllocate(Mfn mfn, FrameKind k, int ownerId, boolean fromFreeList) {
        long rel = mfn.value() - firstMfn;
        if (fromFreeList) {
            popFree(rel);
        } else {
            next = rel + 1;
            ensureCapacity(next);
        }
        claim(rel, k, ownerId);
    }

    public void undoFree(Mfn mfn, FrameKind k, int ownerId, int count, long[] savedContents) {
        long rel = mfn.value() - firstMfn;
        popFree(rel);
        claim(rel, k, ownerId);
        refs[(int) rel] = count;
        // a copy: later replayed writes to the table must not change what the trace keeps
        contents[(int) rel] = savedContents == null ? null : savedContents.clone();
    }

    public void redoFree(Mfn mfn) {
        int i = index(mfn);
        clear(i);
        pushFree(i);
    }

    private void popFree(long rel) {
        if (freeCount == 0 || freeList[freeCount - 1] != rel) {
            throw new IllegalStateException("replay out of order: frame " + Hex.of(firstMfn + rel) + " is not the last freed");
        }
        freeCount--;
    }

    private void clear(int i) {
        kind[i] = (byte) FrameKind.FREE.ordinal();
        owner[i] = NO_OWNER;
        refs[i] = 0;
        typeInfo[i] = 0;
        contents[i] = null;
    }

    private void claim(long rel, FrameKind k, int ownerId) {
        int i = (int) rel;
        kind[i] = (byte) k.ordinal();
        owner[i] = ownerId;
        refs[i] = 0;
        typeInfo[i] = 0;
        contents[i] = null;
    }

    private void pushFree(long rel) {
        if (freeCount == freeList.length) {
            freeList = Arrays.copyOf(freeList, freeCount * 2);
        }
        freeList[freeCount++] = rel;
    }

    private int index(Mfn mfn) {
        long i = mfn.value() - firstMfn;
        if (i < 0 || i >= next) {
            throw new IllegalArgumentException("no such machine frame: " + mfn);
        }
        return (int) i;
    }

    private static int checkEntry(int index) {
        if (index < 0 || index >= ENTRIES) {
            throw new IndexOutOfBoundsException("descriptor index " + index + " outside 0..511");
        }
        return index;
    }

    private void ensureCapacity(long needed) {
        if (needed <= kind.length) {
            return;
        }
        int n = (int) Math.min(maxFrames, Math.max(needed, (long) kind.length * 2));
        int old = kind.length;
        kind = Arrays.copyOf(kind, n);
        owner = Arrays.copyOf(owner, n);
        refs = Arrays.copyOf(refs, n);
        typeInfo = Arrays.copyOf(typeInfo, n);
        contents = Arrays.copyOf(contents, n);
        Arrays.fill(owner, old, n, NO_OWNER);
    }
}
