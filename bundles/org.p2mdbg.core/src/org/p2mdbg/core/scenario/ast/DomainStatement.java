package org.p2mdbg.core.scenario.ast;

/** {@code domain NAME id=N [vcpus=N]}: creates a domain (its p2m root is allocated then). */
public record DomainStatement(SourcePos pos, String text, String name, int id, int vcpus) implements Statement {
    @Override public String keyword() { return "domain"; }
}
