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
    private static final byte FREE = (byte) FrameKind.FREE.ordinal();
    /** Metadata lives in pages of 2^16 frames, allocated as memory is first handed out: no array ever grows by copying. */
    static final int PAGE_BITS = 16;
    static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    private final long firstMfn;
    private final long maxFrames;
    private byte[][] kind;
    /** Domain ids fit in 16 bits (DOMID_XEN is 0x7FF2; NO_OWNER is -1). */
    private short[][] owner;
    private int[][] refs;
    /** x86 PV type words (Xen's page->u.inuse.type_info); a page of them exists only once one is set. */
    private long[][] typeInfo;
    private long[][][] contents;
    /** Changes whenever a frame's descriptor array is made, replaced or dropped: every MappedFrame is then stale. */
    private long contentsEpoch;
    private int pages;           // metadata pages allocated
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
        int pageCount = (int) ((maxFrames + PAGE - 1) >>> PAGE_BITS);
        kind = new byte[pageCount][];
        owner = new short[pageCount][];
        refs = new int[pageCount][];
        typeInfo = new long[pageCount][];
        contents = new long[pageCount][][];
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
        claim((int) rel, k, ownerId);
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
        long before = next;
        next = start + count;
        ensureCapacity(next);
        checkOwner(ownerId);
        // fresh frames are free and empty already: only kind and owner change, a page of metadata at a time
        for (long n = start; n < next;) {
            int page = (int) (n >>> PAGE_BITS);
            int from = (int) (n & MASK);
            int to = (int) Math.min(PAGE, from + (next - n));
            Arrays.fill(kind[page], from, to, (byte) k.ordinal());
            Arrays.fill(owner[page], from, to, (short) ownerId);
            n += to - from;
        }
        for (int n = 0; n < count; n++) {
            journal.frameAlloc(firstMfn + start + n, k, ownerId, false, n == 0 ? before : start + n);
        }
        return new Mfn(firstMfn + start);
    }

    /** Frees a frame; its descriptors go with it. Freeing a free frame is a caller bug. */
    public void free(Mfn mfn) {
        int i = index(mfn);
        int p = i >>> PAGE_BITS;
        int o = i & MASK;
        FrameKind was = KINDS[kind[p][o]];
        if (was == FrameKind.FREE) {
            throw new IllegalStateException("double free of frame " + mfn);
        }
        if (typeInfo(p, o) != 0) {
            throw new IllegalStateException("frame " + mfn + " is freed with type word " + Hex.of(typeInfo(p, o)) + " still set");
        }
        journal.frameFree(mfn.value(), was, owner[p][o], refs[p][o], contentsOf(i));
        clear(i);
        pushFree(i);
    }

    public FrameKind kind(Mfn mfn) {
        int i = index(mfn);
        return KINDS[kind[i >>> PAGE_BITS][i & MASK]];
    }

    public int owner(Mfn mfn) {
        int i = index(mfn);
        return owner[i >>> PAGE_BITS][i & MASK];
    }

    public int refs(Mfn mfn) {
        int i = index(mfn);
        return refs[i >>> PAGE_BITS][i & MASK];
    }

    public int getRef(Mfn mfn) {
        int i = index(mfn);
        int n = ++refs[i >>> PAGE_BITS][i & MASK];
        journal.refGet(mfn.value(), n);
        return n;
    }

    /** {@link #getRef} of {@code count} frames from {@code first}, in order. */
    public void getRefs(Mfn first, int count) {
        if (count <= 0) {
            return;
        }
        int start = index(first);
        index(first.value() + count - 1);   // the whole run exists
        for (int i = start; i < start + count; i++) {
            int n = ++refs[i >>> PAGE_BITS][i & MASK];
            journal.refGet(firstMfn + i, n);
        }
    }

    /** The frame's type word: what x86 PV Xen keeps in page->u.inuse.type_info (type, type count, pinned). */
    public long typeInfo(Mfn mfn) {
        int i = index(mfn);
        return typeInfo(i >>> PAGE_BITS, i & MASK);
    }

    /** Changes a frame's type word; a frame must be untyped again before it is freed. */
    public void setTypeInfo(Mfn mfn, long value) {
        int i = index(mfn);
        long old = typeInfo(i >>> PAGE_BITS, i & MASK);
        putTypeInfo(i, value);
        journal.typeInfoWrite(mfn.value(), old, value);
    }

    /** The CPU and software registers of the machine, journalled like the frames. */
    public Registers registers() { return registers; }

    public int putRef(Mfn mfn) {
        int i = index(mfn);
        int n = --refs[i >>> PAGE_BITS][i & MASK];
        journal.refPut(mfn.value(), n);
        return n;
    }

    /** The traced read of a descriptor: what an emulated algorithm does. */
    public long read(Mfn table, int index) { return read(table.value(), index); }

    /** {@link #read(Mfn, int)} by raw MFN, for walks that keep frame numbers in registers rather than objects. */
    public long read(long table, int index) {
        long v = peek(table, index);
        journal.pteRead(table, index, v);
        return v;
    }

    /** {@link #read(long, int)} through a walker's mapping of the table (see MappedFrame). */
    public long read(MappedFrame map, long table, int index) {
        long[] c = map.mfn == table && map.epoch == contentsEpoch ? map.contents : map(map, table);
        long v = c == null ? 0L : c[checkEntry(index)];
        journal.pteRead(table, index, v);
        return v;
    }

    /** {@link #write(long, int, long)} through a walker's mapping of the table (see MappedFrame). */
    public void write(MappedFrame map, long table, int index, long value) {
        long[] c = map.mfn == table && map.epoch == contentsEpoch ? map.contents : null;
        if (c == null) {
            c = contentsForWrite(index(table));
            map(map, table);
        }
        long old = c[checkEntry(index)];
        c[index] = value;
        journal.pteWrite(table, index, old, value);
    }

    private long[] map(MappedFrame map, long table) {
        long[] c = contentsOf(index(table));
        map.mfn = table;
        map.contents = c;
        map.epoch = contentsEpoch;
        return c;
    }

    /** The side-effect-free read of a descriptor: what a view or debug walk does. */
    public long peek(Mfn table, int index) {
        return peek(table.value(), index);
    }

    /** {@link #peek(Mfn, int)} by raw MFN, for walks that keep frame numbers in registers rather than objects. */
    public long peek(long table, int index) {
        long[] c = contentsOf(index(table));
        return c == null ? 0L : c[checkEntry(index)];
    }

    /** {@code count} consecutive descriptors of a table from {@code index}, peeked into {@code out[at..]} at once. */
    public void peekRun(long table, int index, long[] out, int at, int count) {
        int i = index(table);
        if (count < 0 || index < 0 || index + count > ENTRIES) {
            throw new IndexOutOfBoundsException("descriptors " + index + ".." + (index + count - 1) + " outside 0..511");
        }
        long[] c = contentsOf(i);
        if (c == null) {
            Arrays.fill(out, at, at + count, 0L);
        } else {
            System.arraycopy(c, index, out, at, count);
        }
    }

    public void write(Mfn table, int index, long value) { write(table.value(), index, value); }

    /** {@link #write(Mfn, int, long)} by raw MFN. */
    public void write(long table, int index, long value) {
        long[] c = contentsForWrite(index(table));
        long old = c[checkEntry(index)];
        c[index] = value;
        journal.pteWrite(table, index, old, value);
    }

    /** A copy of a table frame's 512 descriptors (zeros for a frame without contents). */
    public long[] snapshot(Mfn table) {
        long[] c = contentsOf(index(table));
        return c == null ? new long[ENTRIES] : c.clone();
    }

    /** A hash of every frame's metadata and contents: equal hashes mean equal machine state. */
    public long stateHash() {
        long h = 1125899906842597L;
        for (int i = 0; i < next; i++) {
            int p = i >>> PAGE_BITS;
            int o = i & MASK;
            h = 31 * h + kind[p][o];
            h = 31 * h + owner[p][o];
            h = 31 * h + refs[p][o];
            long t = typeInfo(p, o);
            if (t != 0) {
                h = 31 * h + t;
            }
            long[] c = contentsOf(i);
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

    public void restoreEntry(Mfn table, int index, long value) { restoreEntry(table.value(), index, value); }

    /** {@link #restoreEntry(Mfn, int, long)} by raw MFN, for the trace's replay loops. */
    public void restoreEntry(long table, int index, long value) {
        contentsForWrite(index(table))[checkEntry(index)] = value;
    }

    public void restoreRefs(Mfn mfn, int count) { restoreRefs(mfn.value(), count); }

    /** {@link #restoreRefs(Mfn, int)} by raw MFN, for the trace's replay loops. */
    public void restoreRefs(long mfn, int count) {
        int i = index(mfn);
        refs[i >>> PAGE_BITS][i & MASK] = count;
    }

    public void restoreTypeInfo(Mfn mfn, long value) { putTypeInfo(index(mfn), value); }

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
        claim((int) rel, k, ownerId);
    }

    public void undoFree(Mfn mfn, FrameKind k, int ownerId, int count, long[] savedContents) {
        long rel = mfn.value() - firstMfn;
        popFree(rel);
        int i = (int) rel;
        claim(i, k, ownerId);
        refs[i >>> PAGE_BITS][i & MASK] = count;
        // a copy: later replayed writes to the table must not change what the trace keeps
        setContents(i, savedContents == null ? null : savedContents.clone());
    }

    public void redoFree(Mfn mfn) {
        int i = index(mfn);
        clear(i);
        pushFree(i);
    }

    /** A copy of the whole store (frames, free list, registers), for a trace cursor's keyframes. */
    public FrameStoreImage image() {
        int used = (int) ((next + PAGE - 1) >>> PAGE_BITS);
        FrameStoreImage img = new FrameStoreImage(next, Arrays.copyOf(freeList, freeCount), registers.values(), used);
        for (int p = 0; p < used; p++) {
            int n = (int) Math.min(PAGE, next - ((long) p << PAGE_BITS));
            img.kind[p] = Arrays.copyOf(kind[p], n);
            img.owner[p] = Arrays.copyOf(owner[p], n);
            img.refs[p] = Arrays.copyOf(refs[p], n);
            img.typeInfo[p] = typeInfo[p] == null ? null : Arrays.copyOf(typeInfo[p], n);
            // a page of frames none of which ever held descriptors has no contents page
            if (contents[p] != null) {
                long[][] c = new long[n][];
                for (int o = 0; o < n; o++) {
                    if (contents[p][o] != null) {
                        c[o] = contents[p][o].clone();
                    }
                }
                img.contents[p] = c;
            }
        }
        return img;
    }

    /** What {@link #image()} would take now, in the bytes {@link FrameStoreImage#bytes()} counts, without copying anything. */
    public long imageBytes() {
        int used = (int) ((next + PAGE - 1) >>> PAGE_BITS);
        long bytes = 16 + 8L * freeCount + 16 + 8L * registers.count();
        for (int p = 0; p < used; p++) {
            int n = (int) Math.min(PAGE, next - ((long) p << PAGE_BITS));
            bytes += 4 * 16 + n * (1L + 2 + 4 + 4);
            if (typeInfo[p] != null) {
                bytes += 16 + 8L * n;
            }
            for (int o = 0; contents[p] != null && o < n; o++) {
                if (contents[p][o] != null) {
                    bytes += 16 + 8L * ENTRIES;
                }
            }
        }
        return bytes;
    }

    /** Puts the store back in the state {@link #image()} copied (replay only: never journalled). */
    public void restore(FrameStoreImage img) {
        contentsEpoch++;
        ensureCapacity(img.next);
        for (int p = 0; p < pages; p++) {
            int n = p < img.kind.length ? img.kind[p].length : 0;
            if (n > 0) {
                System.arraycopy(img.kind[p], 0, kind[p], 0, n);
                System.arraycopy(img.owner[p], 0, owner[p], 0, n);
                System.arraycopy(img.refs[p], 0, refs[p], 0, n);
                if (img.typeInfo[p] != null) {
                    typeInfo[p] = Arrays.copyOf(img.typeInfo[p], PAGE);
                } else {
                    typeInfo[p] = null;
                }
                long[][] saved = img.contents[p];
                if (saved == null) {
                    contents[p] = null;
                } else {
                    for (int o = 0; o < n; o++) {
                        setContents((p << PAGE_BITS) + o, saved[o] == null ? null : saved[o].clone());
                    }
                }
            }
            // frames past the image's end were never handed out there
            Arrays.fill(kind[p], n, PAGE, FREE);
            Arrays.fill(owner[p], n, PAGE, (short) NO_OWNER);
            Arrays.fill(refs[p], n, PAGE, 0);
            if (contents[p] != null) {
                Arrays.fill(contents[p], n, PAGE, null);
            }
            if (typeInfo[p] != null) {
                Arrays.fill(typeInfo[p], n, PAGE, 0);
            }
        }
        next = img.next;
        freeList = Arrays.copyOf(img.freeList, Math.max(64, img.freeList.length));
        freeCount = img.freeList.length;
        registers.restoreAll(img.registers);
    }

    private void popFree(long rel) {
        if (freeCount == 0 || freeList[freeCount - 1] != rel) {
            throw new IllegalStateException("replay out of order: frame " + Hex.of(firstMfn + rel) + " is not the last freed");
        }
        freeCount--;
    }

    private void clear(int i) {
        int p = i >>> PAGE_BITS;
        int o = i & MASK;
        kind[p][o] = FREE;
        owner[p][o] = NO_OWNER;
        refs[p][o] = 0;
        if (typeInfo[p] != null) {
            typeInfo[p][o] = 0;
        }
        setContents(i, null);
    }

    private void claim(int i, FrameKind k, int ownerId) {
        checkOwner(ownerId);
        int p = i >>> PAGE_BITS;
        int o = i & MASK;
        kind[p][o] = (byte) k.ordinal();
        owner[p][o] = (short) ownerId;
        refs[p][o] = 0;
        if (typeInfo[p] != null) {
            typeInfo[p][o] = 0;
        }
        setContents(i, null);
    }

    private static void checkOwner(int ownerId) {
        if (ownerId < NO_OWNER || ownerId > Short.MAX_VALUE) {
            throw new IllegalArgumentException("owner id " + ownerId + " outside -1.." + Short.MAX_VALUE);
        }
    }

    private long typeInfo(int p, int o) {
        long[] t = typeInfo[p];
        return t == null ? 0L : t[o];
    }

    private void putTypeInfo(int i, long value) {
        int p = i >>> PAGE_BITS;
        if (typeInfo[p] == null) {
            if (value == 0) {
                return;
            }
            typeInfo[p] = new long[PAGE];
        }
        typeInfo[p][i & MASK] = value;
    }

    /** A frame's descriptors, null when it has none (never written, or no frame of its page was). */
    private long[] contentsOf(int i) {
        long[][] page = contents[i >>> PAGE_BITS];
        return page == null ? null : page[i & MASK];
    }

    /**
     * Sets a frame's descriptors. The page of 2^16 pointers is made on the first frame that gets
     * descriptors: most frames are RAM and never do, and a page of pointers is what the collector
     * scans.
     */
    private void setContents(int i, long[] c) {
        long[][] page = contents[i >>> PAGE_BITS];
        if (page == null) {
            if (c == null) {
                return;
            }
            page = contents[i >>> PAGE_BITS] = new long[PAGE][];
        }
        if (page[i & MASK] != c) {
            page[i & MASK] = c;
            contentsEpoch++;
        }
    }

    private long[] contentsForWrite(int i) {
        long[] c = contentsOf(i);
        if (c == null) {
            setContents(i, c = new long[ENTRIES]);
        }
        return c;
    }

    private void pushFree(long rel) {
        if (freeCount == freeList.length) {
            freeList = Arrays.copyOf(freeList, freeCount * 2);
        }
        freeList[freeCount++] = rel;
    }

    private int index(Mfn mfn) { return index(mfn.value()); }

    private int index(long mfn) {
        long i = mfn - firstMfn;
        if (i < 0 || i >= next) {
            throw new IllegalArgumentException("no such machine frame: " + new Mfn(mfn));
        }
        return (int) i;
    }

    private static int checkEntry(int index) {
        if (index < 0 || index >= ENTRIES) {
            throw new IndexOutOfBoundsException("descriptor index " + index + " outside 0..511");
        }
        return index;
    }

    /** Allocates the metadata pages up to frame {@code needed} - 1; fresh frames are free and unowned. */
    private void ensureCapacity(long needed) {
        while ((long) pages << PAGE_BITS < needed) {
            int p = pages++;
            kind[p] = new byte[PAGE];
            short[] o = new short[PAGE];
            Arrays.fill(o, (short) NO_OWNER);
            owner[p] = o;
            refs[p] = new int[PAGE];
        }
    }
}
