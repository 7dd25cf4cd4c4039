package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets of the session loader (Jazzer). In an ordinary test run each runs once per input
 * committed under src/test/resources/fuzz/.../SessionFileFuzzTestInputs/; with JAZZER_FUZZ=1 one
 * of them fuzzes for real (docs/FILE-FORMAT.md). The only failure a file may cause is a
 * {@link SessionFormatException} at an offset inside the file: any other exception, a hang or an
 * allocation beyond the limits is a finding.
 */
class SessionFileFuzzTest {
    /** A good session of a small scenario (examples/thin-slice.p2m), for the target that edits valid files. */
    private static final byte[] THIN_SLICE = Sessions.bytes(Sessions.run("thin-slice.p2m",
            "machine arm64 ipa=40\ndomain guest id=1\npopulate guest gfn=0x80000 nr=1\npopulate guest gfn=0x80200 size=2M\n"));

    /** Any bytes, read structurally (every section decoded, nothing run). */
    @FuzzTest(maxDuration = "2m")
    void readsAnyBytes(byte[] data) {
        try {
            StoredTrace.read(data);
        } catch (SessionFormatException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= data.length, e.getMessage());
        } catch (java.io.IOException e) {
            throw new AssertionError("an I/O error from a byte array", e);
        }
    }

    /**
     * The thin-slice session with fuzzer-chosen bytes overwritten after its scenario section and
     * every CRC made right again, then loaded whole: the edits reach the decoders and the replay
     * check instead of stopping at the first CRC, and the scenario run stays small.
     */
    @FuzzTest(maxDuration = "2m")
    void loadsEditedSessions(FuzzedDataProvider data) {
        byte[] file = THIN_SLICE.clone();
        int scenarioEnd = 12 + 8 + ByteBuffer.wrap(file, 16, 4).getInt() + 4;
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            file[data.consumeInt(scenarioEnd, file.length - 1)] = data.consumeByte();
        }
        byte[] edited = withCrcsFixed(file, scenarioEnd);
        try {
            SessionFiles.load(new ByteArrayInputStream(edited), edited.length, "f.p2mt");
        } catch (SessionFormatException e) {
            assertTrue(e.offset() >= 0 && e.offset() <= edited.length, e.getMessage());
        } catch (java.io.IOException e) {
            throw new AssertionError("an I/O error from a byte array", e);
        }
    }

    /** Recomputes the CRC of every section from {@code from} on whose length still fits the file. */
    private static byte[] withCrcsFixed(byte[] file, int from) {
        int at = from;
        while (at + 8 <= file.length) {
            int length = ByteBuffer.wrap(file, at + 4, 4).getInt();
            if (length < 0 || (long) at + 8 + length + 4 > file.length) {
                break;
            }
            CRC32C crc = new CRC32C();
            crc.update(file, at, 4);
            crc.update(file, at + 8, length);
            ByteBuffer.wrap(file, at + 8 + length, 4).putInt((int) crc.getValue());
            at += 8 + length + 4;
        }
        return file;
    }
}
