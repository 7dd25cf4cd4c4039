package org.p2mdbg.core.scenario.ast;

/** {@code option NAME=VALUE}: sets one machine option from then on (validated by the machine's options). */
public record OptionStatement(SourcePos pos, String text, String name, String value) implements Statement {
    @Override public String keyword() { return "option"; }
}
