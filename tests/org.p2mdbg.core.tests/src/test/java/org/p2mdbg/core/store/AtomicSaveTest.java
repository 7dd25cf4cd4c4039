package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save replaces the previous file whole or not at all, even when it fails or its process is killed. */
class AtomicSaveTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test void aSaveThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("s.p2mt");
        Session first = Sessions.example("thin-slice.p2m");
        SessionFiles.save(target, first);
        byte[] before = Files.readAllBytes(target);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            SessionWriter.write(Sessions.example("seed004-block-order-rfc.p2m"), out);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of("s.p2mt"), files());
        assertEquals(1052, SessionFiles.load(target).result().events());
    }

    @Test void aSaveKilledHalfWayLeavesThePreviousFileIntact() throws IOException, InterruptedException {
        Path target = dir.resolve("s.p2mt");
        SessionFiles.save(target, Sessions.example("thin-slice.p2m"));
        byte[] before = Files.readAllBytes(target);
        Process victim = ForkedJvm.start(AtomicSaveVictim.class, List.of(), target.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("saving", out.readLine());
            victim.destroyForcibly();   // SIGKILL: no finally block runs
            assertTrue(victim.waitFor(30, TimeUnit.SECONDS));
        }
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(1052, SessionFiles.load(target).result().events());
        // what a kill leaves behind: the hidden temporary file beside the target, never a damaged target
        List<String> left = files();
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(".s.p2mt.") && left.get(0).endsWith(".tmp"), left.toString());
    }

    @Test void aSavedFileKeepsThePermissionsOfTheOneItReplaces() throws IOException {
        Path target = dir.resolve("s.p2mt");
        SessionFiles.save(target, Sessions.example("thin-slice.p2m"));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));
        SessionFiles.save(target, Sessions.example("thin-slice.p2m"));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test void aDirectoryIsNeverReplaced() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        IOException e = assertThrows(IOException.class, () -> SessionFiles.save(sub, Sessions.example("thin-slice.p2m")));
        assertEquals("is a directory", e.getMessage());
        assertEquals(List.of("sub"), files());
    }

    @Test void aSessionIsRecognisedByItsFirstBytes() throws IOException {
        Path session = dir.resolve("s.p2mt");
        SessionFiles.save(session, Sessions.example("thin-slice.p2m"));
        assertTrue(SessionFiles.isSession(session));
        assertTrue(SessionFiles.isSession(Files.write(dir.resolve("cut"), new byte[] {(byte) 0x89, 'P'})));
        assertEquals(false, SessionFiles.isSession(Files.writeString(dir.resolve("a.p2m"), "machine arm64\n")));
        assertEquals(false, SessionFiles.isSession(Files.write(dir.resolve("empty"), new byte[0])));
    }
}
