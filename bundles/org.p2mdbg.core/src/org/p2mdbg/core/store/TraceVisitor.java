package org.p2mdbg.core.store;

/**
 * What a {@link SessionReader} reports while it streams through a session's trace, section by
 * section, in file order. {@code offset} is where the record starts in the file, for errors: a
 * visitor rejects a record by throwing a {@link SessionFormatException} at that offset. Every
 * record has already passed the format's own checks (lengths, CRCs, ids in range).
 */
public interface TraceVisitor {
    /** Call path {@code path} (ids from 1, in order) is {@code label} called from {@code parent}. */
    default void callPath(long offset, int path, int parent, String label) throws SessionFormatException {}

    /** Operation {@code operation} (from 0, in order) starts at event {@code start}. */
    default void operation(long offset, int operation, long start, String name) throws SessionFormatException {}

    /** The next event, in trace order. */
    default void event(long offset, RecordedEvent event) throws SessionFormatException {}

    /** A checkpoint, in scenario order: {@code position} events had happened when it was taken. */
    default void checkpoint(long offset, String name, long position) throws SessionFormatException {}

    /** The end: how many events the trace has, and the hash of the machine's state after the last. */
    default void done(long offset, long events, long stateHash) throws SessionFormatException {}
}
