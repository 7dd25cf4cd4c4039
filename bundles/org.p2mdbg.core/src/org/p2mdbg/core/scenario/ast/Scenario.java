package org.p2mdbg.core.scenario.ast;

import java.util.List;

/** A parsed scenario: its file name and its statements in order, the first being {@code machine}. */
public record Scenario(String name, List<Statement> statements) {
    public Scenario {
        statements = List.copyOf(statements);
    }

    public MachineStatement machine() { return (MachineStatement) statements.get(0); }

    public int size() { return statements.size(); }

    public Statement statement(int index) { return statements.get(index); }
}
