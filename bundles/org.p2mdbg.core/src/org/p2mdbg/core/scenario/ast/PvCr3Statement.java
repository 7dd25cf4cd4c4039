package org.p2mdbg.core.scenario.ast;

/** {@code pv-cr3 D cpu=N}: CPU N loads the guest's pgd into CR3 (and may keep it there lazily). */
public record PvCr3Statement(SourcePos pos, String text, String domain, int cpu) implements Statement {
    @Override public String keyword() { return "pv-cr3"; }
}
