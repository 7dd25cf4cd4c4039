package org.p2mdbg.core.scenario.ast;

/** {@code checkpoint NAME}: names the current trace position, to jump to or diff from later. */
public record CheckpointStatement(SourcePos pos, String text, String name) implements Statement {
    @Override public String keyword() { return "checkpoint"; }
}
