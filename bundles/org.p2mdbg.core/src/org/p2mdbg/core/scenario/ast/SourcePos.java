package org.p2mdbg.core.scenario.ast;

/** Where something is in a scenario file: 1-based line and column, as editors count them. */
public record SourcePos(String file, int line, int column) {
    @Override public String toString() { return file + ":" + line + ":" + column; }
}
