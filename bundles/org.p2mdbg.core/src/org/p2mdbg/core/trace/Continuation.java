package org.p2mdbg.core.trace;

/**
 * A hypercall continuation: a call preempted with -ERESTART ({@link EventKind#PREEMPTION}) that
 * will be called again and resume where it stopped. It exists from the preemption until the
 * resumed call returns, and is pending (not yet running) until its resumption.
 *
 * @param preemption the PREEMPTION event
 * @param operation  the operation the call was preempted in
 * @param function   the preempted function (the PREEMPTION's innermost frame, e.g. relinquish_p2m_mapping)
 * @param resumesAt  the frame number the call resumes at (the PREEMPTION's operand)
 * @param resumption the first event of the resumed call inside {@code function}, -1 when the trace never resumes it
 * @param completion the position at which the resumed call has returned (its last event happened);
 *                   {@link Continuations#NEVER} for a continuation the trace never resumes (it outlives the trace)
 */
public record Continuation(long preemption, int operation, String function, long resumesAt, long resumption, long completion) {

    /** Whether the continuation exists at a trace position (events 0 .. position-1 happened). */
    public boolean existsAt(long position) { return position > preemption && position < completion; }

    /** Whether it exists and has not resumed yet at a position: it waits at its resume point. */
    public boolean pendingAt(long position) { return existsAt(position) && (resumption < 0 || position <= resumption); }

    public boolean resumed() { return resumption >= 0; }
}
