package org.p2mdbg.core.scenario;

import org.p2mdbg.core.scenario.ast.SourcePos;

/**
 * A scenario that cannot be run as written: its message is {@code file:line:col: what was expected,
 * what was found}. Failures of the emulated hypervisor (an errno) are not this: they are recorded
 * in the run's result and the run goes on.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePos pos;
    private final String reason;

    public ScenarioException(SourcePos pos, String reason) {
        super(pos + ": " + reason);
        this.pos = pos;
        this.reason = reason;
    }

    public SourcePos pos() { return pos; }

    public String file() { return pos.file(); }

    public int line() { return pos.line(); }

    public int column() { return pos.column(); }

    /** The message without its position. */
    public String reason() { return reason; }
}
