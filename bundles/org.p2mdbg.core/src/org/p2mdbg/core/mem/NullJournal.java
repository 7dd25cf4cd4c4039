package org.p2mdbg.core.mem;

/** The journal of an untraced frame store: drops everything. */
enum NullJournal implements FrameJournal {
    INSTANCE;

    @Override public void pteRead(long mfn, int index, long value) {}
    @Override public void pteWrite(long mfn, int index, long oldValue, long newValue) {}
    @Override public void frameAlloc(long mfn, FrameKind kind, int owner, boolean fromFreeList, long previousEnd) {}
    @Override public void frameFree(long mfn, FrameKind kind, int owner, int refs, long[] contents) {}
    @Override public void refGet(long mfn, int newCount) {}
    @Override public void refPut(long mfn, int newCount) {}
}
