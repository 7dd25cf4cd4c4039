package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.RelinquishStrategy;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.trace.EventKind;

/** The session file format byte by byte: its layout, and how every kind of damage is reported. */
class SessionFileTest {
    private static Session load(byte[] file) throws IOException {
        return SessionFiles.load(new ByteArrayInputStream(file), file.length, "t.p2mt");
    }

    private static SessionFormatException loadFails(byte[] file) {
        return assertThrows(SessionFormatException.class, () -> load(file));
    }

    private static SessionFormatException readFails(byte[] file) {
        return assertThrows(SessionFormatException.class, () -> StoredTrace.read(file));
    }

    @Test void aMachineWithoutStatementsIsSavedAsTheseBytes() throws IOException {
        byte[] f = Sessions.bytes(Sessions.run("m.p2m", "machine arm64\n"));
        int kindsPayload = 1 + Arrays.stream(EventKind.values()).mapToInt(k -> 1 + k.name().length()).sum();
        // magic 8 + version 4, SCEN 8 + 22 + 4, KIND 8 + payload + 4, DONE 8 + 9 + 4: no call path, operation, event or checkpoint
        assertEquals(12 + 34 + 12 + kindsPayload + 21, f.length);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', '2', 'M', 'T', '\r', '\n', 0x1a, 0, 0, 0, 1}, Arrays.copyOf(f, 12));
        // SCEN, 22 bytes: "m.p2m" (5), "machine arm64\n" (14), no option override
        assertArrayEquals(new byte[] {'S', 'C', 'E', 'N', 0, 0, 0, 22, 5, 'm', '.', 'p', '2', 'm', 14}, Arrays.copyOfRange(f, 12, 27));
        assertEquals("machine arm64\n0", new String(f, 27, 15, StandardCharsets.US_ASCII).replace('\0', '0'));
        assertEquals("KIND", new String(f, 46, 4, StandardCharsets.US_ASCII));
        int done = 46 + 12 + kindsPayload;
        // DONE, 9 bytes: 0 events, then the state hash of an empty machine (FrameStore's seed 1125899906842597)
        assertArrayEquals(new byte[] {'D', 'O', 'N', 'E', 0, 0, 0, 9, 0, 0, 3, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xe5},
                Arrays.copyOfRange(f, done, done + 17));
    }

    @Test void anEventIsItsKindPathAndThreeOperandsInVarints() throws IOException {
        byte[] f = Sessions.bytes(Sessions.example("thin-slice.p2m"));
        int at = sectionPayload(f, "EVNT");
        // 1052 events (0x41c: varint 9c 08), the first is OPERATION_START of operation 0 on call path 1 ("create domain guest")
        assertArrayEquals(new byte[] {(byte) 0x9c, 0x08, 0, 1, 0, 0, 0}, Arrays.copyOfRange(f, at, at + 7));
        // the next, DOMAIN_STATE (15) of domain 1 (a: delta +1, zigzag 2), state 0
        assertArrayEquals(new byte[] {15, 1, 2, 0, 0}, Arrays.copyOfRange(f, at + 7, at + 12));
    }

    /** The payload offset of the first section with this tag. */
    private static int sectionPayload(byte[] f, String tag) {
        int at = 12;
        while (at < f.length) {
            String t = new String(f, at, 4, StandardCharsets.US_ASCII);
            int length = (f[at + 4] & 0xff) << 24 | (f[at + 5] & 0xff) << 16 | (f[at + 6] & 0xff) << 8 | (f[at + 7] & 0xff);
            if (t.equals(tag)) {
                return at + 8;
            }
            at += 8 + length + 4;
        }
        throw new AssertionError("no " + tag);
    }

    @Test void everyExampleRoundTripsColumnForColumn() throws IOException {
        for (String name : List.of("thin-slice.p2m", "seed000-access-after-relinquish.p2m", "seed000-relinquish-legacy.p2m",
                "seed000-relinquish-lookup.p2m", "seed000-relinquish-remove.p2m", "seed004-block-order-merged.p2m",
                "seed004-block-order-rfc.p2m", "seed004-xen-pt-rejections.p2m")) {
            Session saved = Sessions.example(name);
            byte[] f = Sessions.bytes(saved);
            StoredTrace stored = StoredTrace.read(f);
            stored.assertHolds(saved.result());
            assertEquals(saved.source(), stored.source);
            Session loaded = load(f);
            stored.assertHolds(loaded.result());
            assertEquals(saved.result().findings(), loaded.result().findings(), name);
            assertEquals(saved.result().errors(), loaded.result().errors(), name);
        }
    }

    @Test void optionOverridesTravelWithTheSession() throws IOException {
        SessionSource source = new SessionSource("legacy.p2m", "machine arm64 ipa=40\noption relinquish=legacy\ndomain guest id=1\n"
                + "populate guest gfn=0x80000 nr=4\ndestroy guest\n", Map.of("relinquish", "lookup"));
        Session loaded = load(Sessions.bytes(Sessions.run(source)));
        assertEquals(Map.of("relinquish", "lookup"), loaded.source().overrides());
        assertEquals(RelinquishStrategy.LOOKUP, loaded.result().machine().options().relinquish());
    }

    @Test void aTruncatedFileSaysWhereItEndsAndWhatWasExpected() {
        byte[] f = Sessions.bytes(Sessions.example("thin-slice.p2m"));
        assertEquals("t.p2mt: byte 0: expected the magic of a session file (89 50 32 4d 54 0d 0a 1a), found an empty file",
                loadFails(new byte[0]).getMessage());
        assertEquals("t.p2mt: byte 0: expected the magic of a session file (89 50 32 4d 54 0d 0a 1a), found 89 50 32 and the end of the file",
                loadFails(Arrays.copyOf(f, 3)).getMessage());
        assertEquals("t.p2mt: byte 8: expected the format version (4 bytes), found the end of the file", loadFails(Arrays.copyOf(f, 10)).getMessage());
        assertEquals("t.p2mt: byte 12: expected a section header (SCEN), found the end of the file", loadFails(Arrays.copyOf(f, 12)).getMessage());
        int events = sectionPayload(f, "EVNT");
        SessionFormatException cut = loadFails(Arrays.copyOf(f, events + 100));
        assertEquals(events - 4, cut.offset());   // the length field of the EVNT section
        assertTrue(cut.reason().startsWith("expected "), cut.reason());
        assertTrue(cut.reason().endsWith(" bytes of EVNT section and its CRC, found the end of the file after 100 bytes (truncated)"), cut.reason());
        // DONE is 22 bytes: header 8, the count 1052 (2 varint bytes), the state hash 8, CRC 4
        assertEquals("t.p2mt: byte " + (f.length - 22) + ": expected a section header (EVNT or CKPT or DONE), found the end of the file",
                loadFails(Arrays.copyOf(f, f.length - 22)).getMessage());
    }

    @Test void everyPrefixOfASessionIsRefusedAtOrBeforeItsEnd() throws IOException {
        byte[] f = small();
        for (int n = 0; n < f.length; n++) {
            SessionFormatException e = readFails(Arrays.copyOf(f, n));
            assertTrue(e.offset() >= 0 && e.offset() <= n, n + ": " + e.getMessage());
        }
        for (int n = 0; n < f.length; n += f.length / 10) {   // the whole load too, replay included, at 10 places
            SessionFormatException e = loadFails(Arrays.copyOf(f, n));
            assertTrue(e.offset() <= n, n + ": " + e.getMessage());
        }
    }

    /** A session of every section: call paths, operations, events with details and freed tables, a checkpoint. */
    private static byte[] small() throws IOException {
        byte[] f = Sessions.bytes(Sessions.run("small.p2m", "machine arm64 ipa=40\ndomain guest id=1\npopulate guest gfn=0x80000 nr=2\n"
                + "checkpoint populated\ndestroy guest\n"));
        assertEquals(List.of(true, true), List.of(Sessions.hasFreedContents(f), f.length < 4096));
        return f;
    }

    @Test void everyDamagedByteIsCaught() throws IOException {
        byte[] f = small();
        for (int i = 0; i < f.length; i++) {
            byte[] damaged = f.clone();
            damaged[i] ^= 0x24;
            try {
                StoredTrace.read(damaged);
                fail("byte " + i + " damaged and not noticed");
            } catch (SessionFormatException e) {
                assertTrue(e.offset() <= f.length, e.getMessage());
            } catch (IOException e) {
                fail(e);
            }
        }
        byte[] payloadHit = f.clone();
        int events = sectionPayload(f, "EVNT");
        payloadHit[events + 20] ^= 1;
        SessionFormatException e = loadFails(payloadHit);
        assertTrue(e.reason().matches("expected the CRC32C 0x[0-9a-f]{8} of the EVNT section at byte " + (events - 8)
                + ", found 0x[0-9a-f]{8}: the section is corrupt"), e.reason());
    }

    @Test void anotherVersionOrNoMagicIsRefusedAtOnce() {
        byte[] f = Sessions.bytes(Sessions.example("thin-slice.p2m"));
        byte[] v2 = f.clone();
        v2[11] = 2;
        assertEquals("t.p2mt: byte 8: expected format version 1, found 2", loadFails(v2).getMessage());
        byte[] text = "machine arm64\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("t.p2mt: byte 0: expected the magic of a session file (89 50 32 4d 54 0d 0a 1a), found 6d 61 63 68 69 6e 65 20",
                loadFails(text).getMessage());
    }

    @Test void bytesAfterTheEndAreRefused() {
        byte[] f = Sessions.bytes(Sessions.example("thin-slice.p2m"));
        byte[] longer = Arrays.copyOf(f, f.length + 3);
        assertEquals("t.p2mt: byte " + f.length + ": expected the end of the file after the DONE section, found 3 more bytes",
                loadFails(longer).getMessage());
    }

    @Test void declaredLengthsAndCountsAreCheckedBeforeAnythingIsAllocated() {
        byte[] huge = SectionBytes.header().raw('S', 'C', 'E', 'N', 0x7f, 0xff, 0xff, 0xff).bytes();
        assertEquals("t.p2mt: byte 16: expected a SCEN section of at most 16777216 bytes, found a length of 2147483647", loadFails(huge).getMessage());

        RecordBuffer paths = new RecordBuffer();
        paths.uvarint(1_000_000);   // a million call paths...
        paths.uvarint(0);
        paths.string("x");          // ...in 3 bytes
        SectionBytes lies = SectionBytes.header().scenario("m.p2m", "machine arm64\n").kinds();
        int at = lies.size() + 8;
        byte[] f = lies.section("PATH", paths).bytes();
        assertEquals("t.p2mt: byte " + at + ": expected the number of call paths in the block of at most 1 (the 3 bytes left in the section hold no more), found 1000000",
                loadFails(f).getMessage());

        RecordBuffer longString = new RecordBuffer();
        longString.uvarint(5);
        longString.u8('a');
        assertEquals("t.p2mt: byte 20: expected the scenario's name of at most 1 bytes (the rest of the SCEN section), found a length of 5",
                loadFails(SectionBytes.header().section("SCEN", longString).bytes()).getMessage());
    }

    @Test void idsOutsideTheirTablesAreRefused() {
        RecordBuffer events = new RecordBuffer();
        events.uvarint(1);
        events.u8(EventKind.PTE_READ.ordinal());
        events.uvarint(3);   // no call path 3: the file declares none
        events.zigzag(0);
        events.zigzag(0);
        events.zigzag(0);
        SectionBytes b = SectionBytes.header().scenario("m.p2m", "machine arm64\n").kinds();
        int at = b.size() + 8 + 2;
        assertEquals("t.p2mt: byte " + at + ": expected the call path of event 0 (an id of the call-path table) below 1, found 3",
                loadFails(b.section("EVNT", events).bytes()).getMessage());

        RecordBuffer kindless = new RecordBuffer();
        kindless.uvarint(1);
        kindless.u8(60);
        kindless.fixed64(0);   // what would be its path and operands
        SectionBytes k = SectionBytes.header().scenario("m.p2m", "machine arm64\n").kinds();
        int kat = k.size() + 8 + 1;
        assertEquals("t.p2mt: byte " + kat + ": expected an event kind code below " + EventKind.values().length + ", found 60",
                loadFails(k.section("EVNT", kindless).bytes()).getMessage());

        RecordBuffer unknownKind = new RecordBuffer();
        unknownKind.uvarint(1);
        unknownKind.string("TELEPORT");
        assertEquals("t.p2mt: byte 55: expected the name of an event kind this version knows, found 'TELEPORT'",
                loadFails(SectionBytes.header().scenario("m.p2m", "machine arm64\n").section("KIND", unknownKind).bytes()).getMessage());
    }

    @Test void sectionsComeInTheirOrderOnly() {
        byte[] f = SectionBytes.header().scenario("m.p2m", "machine arm64\n").kinds().scenario("m.p2m", "machine arm64\n").bytes();
        int at = SectionBytes.header().scenario("m.p2m", "machine arm64\n").kinds().size();
        assertEquals("t.p2mt: byte " + at + ": expected a section PATH or OPER or EVNT or CKPT or DONE, found SCEN", loadFails(f).getMessage());
    }

    @Test void aScenarioThatNoLongerRunsIsRefusedWithItsOwnError() {
        byte[] f = SectionBytes.header().scenario("m.p2m", "machine arm64\nfrobnicate\n").kinds().bytes();
        String message = loadFails(f).getMessage();
        assertTrue(message.startsWith("t.p2mt: byte 12: expected a scenario this version runs, found one that fails at m.p2m:2:1: expected a statement (machine, "),
                message);
        assertTrue(message.endsWith("), found 'frobnicate'"), message);
    }

    @Test void aTraceTheEmulatorDoesNotReproduceIsRefusedAtTheFirstDifference() {
        Session recorded = Sessions.example("thin-slice.p2m");
        // the same statements, but the machine's IPA gives a p2m whose root is one page at level 0 (48 bits), not two at level 1
        String text = recorded.source().text().replace("machine arm64 ipa=40", "machine arm64 ipa=48");
        byte[] f = Sessions.bytes(new Session(new SessionSource("thin-slice.p2m", text, Map.of()), recorded.result()));
        SessionFormatException e = loadFails(f);
        assertTrue(e.reason().startsWith("expected the trace the scenario records when it runs again, found a difference: the file has "), e.reason());
        assertTrue(e.getMessage().contains("(the file is damaged, or was saved by a version of the emulator that behaved differently)"), e.getMessage());
    }

    @Test void aCommentChangesNothingThatIsChecked() throws IOException {
        Session recorded = Sessions.example("thin-slice.p2m");
        String text = "# another comment\n" + recorded.source().text();
        Session loaded = load(Sessions.bytes(new Session(new SessionSource("thin-slice.p2m", text, Map.of()), recorded.result())));
        assertEquals(1052, loaded.result().events());
    }

    @Test void scenarioTextThatIsNotUtf8IsAScenarioErrorAtItsLineAndColumn() {
        byte[] bytes = "machine arm64\ndomain g\u00e9 \u00ff".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xff;   // the first byte of \u00ff's two
        ScenarioException e = assertThrows(ScenarioException.class, () -> SessionSource.of("s.p2m", bytes, Map.of()));
        assertEquals("s.p2m:2:11: expected UTF-8 text, found byte 0xff (at byte offset 25)", e.getMessage());
    }
}
