package org.p2mdbg.core.scenario.ast;

/** {@code pv-pin D}: pin the x86 PV guest's top-level page table (seed 002). */
public record PvPinStatement(SourcePos pos, String text, String domain) implements Statement {
    @Override public String keyword() { return "pv-pin"; }
}
