package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.p2mdbg.core.scenario.ScenarioException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target of the scenario reader and parser (Jazzer), as {@code p2mdbg run FILE} meets a file:
 * bytes decoded as UTF-8, then parsed. The only failure allowed is a {@link ScenarioException} at a
 * line and column inside the text. Its committed inputs are under
 * src/test/resources/fuzz/.../ScenarioFuzzTestInputs/.
 */
class ScenarioFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void parsesAnyBytes(byte[] data) {
        try {
            SessionSource.of("f.p2m", data, Map.of()).parse();
        } catch (ScenarioException e) {
            long lines = 1;
            for (byte b : data) {
                lines += b == '\n' ? 1 : 0;
            }
            assertTrue(e.line() >= 1 && e.line() <= lines && e.column() >= 1, e.getMessage());
            assertTrue(e.getMessage().startsWith("f.p2m:" + e.line() + ":" + e.column() + ": "), e.getMessage());
        }
    }
}
