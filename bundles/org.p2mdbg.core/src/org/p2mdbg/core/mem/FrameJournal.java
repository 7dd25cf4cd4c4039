package org.p2mdbg.core.mem;

/**
 * Receives every change made to a {@link FrameStore} (and every traced read), so that a trace can
 * replay or undo it. The frame store is the single port through which machine state changes.
 */
public interface FrameJournal {
    void pteRead(long mfn, int index, long value);

    void pteWrite(long mfn, int index, long oldValue, long newValue);

    /**
     * A frame was handed out. {@code fromFreeList} tells whether it came from the free list or
     * from fresh memory, in which case {@code previousEnd} is the allocator's end before.
     */
    void frameAlloc(long mfn, FrameKind kind, int owner, boolean fromFreeList, long previousEnd);

    /**
     * A frame became free; {@code kind}, {@code owner}, {@code refs} and {@code contents} (null
     * when it held no descriptors) are what it had before. The array is handed over, not copied.
     */
    void frameFree(long mfn, FrameKind kind, int owner, int refs, long[] contents);

    void refGet(long mfn, int newCount);

    void refPut(long mfn, int newCount);

    /** A frame's type word changed (see {@link FrameStore#setTypeInfo}); ignored unless a trace listens. */
    default void typeInfoWrite(long mfn, long oldValue, long newValue) {}

    /** A register changed (see {@link Registers}); ignored unless a trace listens. */
    default void registerWrite(int register, long oldValue, long newValue) {}

    /**
     * A bookkeeping register changed (see {@link Registers#bookkeeping}): kept beside the events so
     * that stepping back restores it, never an event itself; ignored unless a trace listens.
     */
    default void bookkeepingWrite(int register, long oldValue, long newValue) {}
}
