package org.p2mdbg.core.store;

import org.p2mdbg.core.trace.EventKind;

/**
 * One event as a session file holds it: the columns of the trace (kind, call path, operands a, b,
 * c, whose meaning {@link EventKind} documents) and its extras.
 *
 * @param detail        the event's detail text, or null
 * @param freedContents for a FRAME_FREE event, the 512 descriptors the table held when it was
 *                      freed, or null when it held none
 */
public record RecordedEvent(long index, EventKind kind, int path, long a, long b, long c, String detail, long[] freedContents) {}
