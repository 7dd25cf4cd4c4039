package org.p2mdbg.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a scenario is cut into statements and words, with the columns errors point at. */
class ScenarioLexerTest {
    @Test void oneStatementPerLineAndPerSemicolon() {
        List<RawStatement> s = ScenarioLexer.statements("f", "a b=1 ; c\n\n  d # e ; f\n;;\n");
        assertEquals(3, s.size());
        assertEquals(List.of(new Word("a", 1), new Word("b=1", 3)), s.get(0).words());
        assertEquals("a b=1", s.get(0).text());
        assertEquals(6, s.get(0).endColumn());
        assertEquals(new Word("c", 9), s.get(1).keyword());
        assertEquals(3, s.get(2).line());
        assertEquals(new Word("d", 3), s.get(2).keyword());   // the comment hides "e ; f"
    }

    @Test void carriageReturnsAndTabsAreBlanks() {
        List<RawStatement> s = ScenarioLexer.statements("f", "x\ty\r\nz\r");
        assertEquals(List.of(new Word("x", 1), new Word("y", 3)), s.get(0).words());
        assertEquals("z", s.get(1).text());
    }
}
