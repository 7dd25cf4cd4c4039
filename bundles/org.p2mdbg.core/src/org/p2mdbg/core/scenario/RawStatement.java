package org.p2mdbg.core.scenario;

import java.util.List;

import org.p2mdbg.core.scenario.ast.SourcePos;

/**
 * A statement as the lexer cut it out of a line: its words (the first is the keyword), its text and
 * the column just after its last character, where an error about something missing points.
 */
record RawStatement(String file, int line, String text, List<Word> words, int endColumn) {
    SourcePos pos() { return at(words.get(0).column()); }

    SourcePos at(int column) { return new SourcePos(file, line, column); }

    Word keyword() { return words.get(0); }

    ScenarioException error(int column, String reason) { return new ScenarioException(at(column), reason); }
}
