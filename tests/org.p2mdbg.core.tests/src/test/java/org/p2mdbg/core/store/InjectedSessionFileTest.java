package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.check.Finding;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.core.inject.ForeignDestroy;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;

/**
 * A session with injected faults saved and loaded: the INJS section carries the injections, a
 * load injects them again and checks the run against the file, and a file without injections has
 * no such section (so files of earlier versions, which never have one, still load).
 */
class InjectedSessionFileTest {
    private static final String FOREIGN = ForeignDestroy.TEXT;
    /** Clears the valid bit of gfn 0x40000's leaf (table 0x4000b, index 0) just before the destroy (position 114). */
    private static final DescriptorInjection CLEAR_VALID = new DescriptorInjection(114, new Mfn(0x4000b), 0, 3, 0x3400000400047feL, "valid = 0x0");

    @Test void injectionsAreSavedAndMadeAgainOnLoad() throws IOException {
        SessionSource source = new SessionSource("inject.p2m", FOREIGN, Map.of(), List.of(CLEAR_VALID));
        Session saved = Sessions.run(source);
        byte[] f = Sessions.bytes(saved);
        assertTrue(contains(f, "INJS"));

        Session loaded = load(f);
        assertEquals(List.of(CLEAR_VALID), loaded.source().injections());
        assertEquals(157, loaded.result().events());                  // 161 plain, 4 + 1 + 1 fewer, 2 injected
        assertEquals(EventKind.FAULT_INJECTION, loaded.result().trace().kind(114));
        assertEquals(List.of(Rule.STALE_TLB, Rule.LEAKED_REFERENCE), loaded.result().findings().stream().map(Finding::rule).toList());
    }

    @Test void aSessionWithoutInjectionsHasNoInjectionSection() throws IOException {
        byte[] f = Sessions.bytes(Sessions.run("inject.p2m", FOREIGN));
        assertFalse(contains(f, "INJS"));
        assertEquals(List.of(), load(f).source().injections());
    }

    @Test void anInjectionTheRunCannotTakeIsRefusedAtTheScenario() {
        // the file says event 10000, the run has 161 events: what was saved is not what this run gives
        DescriptorInjection late = new DescriptorInjection(10_000, new Mfn(0x4000b), 0, 3, 0, "raw = 0x0");
        Session plain = Sessions.run("inject.p2m", FOREIGN);
        byte[] f = Sessions.bytes(new Session(plain.source().withInjections(List.of(late)), plain.result()));
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> load(f));
        assertEquals("t.p2mt: byte 12: expected injections this run can take, found: cannot inject at event 10000: table 0x4000b[0] = 0x0"
                + " (raw = 0x0): the run has only 161 events", e.getMessage());
    }

    private static Session load(byte[] file) throws IOException {
        return SessionFiles.load(new ByteArrayInputStream(file), file.length, "t.p2mt");
    }

    private static boolean contains(byte[] f, String tag) {
        return new String(f, StandardCharsets.ISO_8859_1).contains(tag);
    }
}
