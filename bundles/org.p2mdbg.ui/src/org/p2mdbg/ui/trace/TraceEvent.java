package org.p2mdbg.ui.trace;

/**
 * One event of the current session's trace, as the Trace and Findings views put it in their
 * selection (so other views, such as the Inspector, can follow it).
 */
public record TraceEvent(long index) {}
