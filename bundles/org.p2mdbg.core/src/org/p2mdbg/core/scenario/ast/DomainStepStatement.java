package org.p2mdbg.core.scenario.ast;

/** {@code destroy D}, {@code relinquish D} or {@code teardown D}. */
public record DomainStepStatement(SourcePos pos, String text, String domain, DomainStep step) implements Statement {
    @Override public String keyword() { return step.keyword(); }
}
