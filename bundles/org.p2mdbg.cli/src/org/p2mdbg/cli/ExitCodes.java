package org.p2mdbg.cli;

/** The exit codes of the p2mdbg command (SCENARIOS.md). */
final class ExitCodes {
    private ExitCodes() {}

    /** The scenario ran (findings or not). */
    static final int OK = 0;
    /** It ran, found rule violations, and --fail-on-findings was given. */
    static final int FINDINGS = 1;
    /** A bad scenario, option or file, or an unknown command. */
    static final int BAD_INPUT = 2;
    /** A bug of the debugger itself. */
    static final int INTERNAL = 3;
}
