package org.p2mdbg.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioException;

/**
 * Session files on disk (docs/FILE-FORMAT.md): saved atomically, loaded by running the saved
 * scenario again and checking, while the file streams in, that the emulator records exactly the
 * saved trace. Loading that way gives back a complete run (machine, findings, everything a view
 * needs) with nothing but the trace kept on disk, and proves the run deterministic; a file the
 * emulator no longer reproduces is refused with the first difference rather than shown wrongly.
 */
public final class SessionFiles {
    private static final int READ_BUFFER = 1 << 16;

    private SessionFiles() {}

    /** Saves a session to {@code file}, replacing it atomically (the previous file survives any failure). */
    public static void save(Path file, Session session) throws IOException {
        AtomicFiles.write(file, out -> SessionWriter.write(session, out));
    }

    /**
     * True when the file starts like a session (its first bytes are the magic, or a prefix of it in
     * a file shorter than the magic): such a file is loaded, and a damaged one is reported as a
     * damaged session rather than as a scenario with a strange first line.
     */
    public static boolean isSession(Path file) throws IOException {
        byte[] magic = SessionFormat.MAGIC;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(magic.length);
        }
        return head.length > 0 && Arrays.equals(head, Arrays.copyOf(magic, head.length));
    }

    /**
     * Loads a session: reads the scenario it holds, runs it, and checks the run against the saved
     * trace. Every flaw, and every difference, is a {@link SessionFormatException} with the offset
     * of the byte or record at fault.
     */
    public static Session load(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BUFFER)) {
            return load(in, size, file.toString());
        }
    }

    /** As {@link #load(Path)}, from a stream of {@code size} bytes named {@code name} in errors. */
    public static Session load(InputStream in, long size, String name) throws IOException {
        SessionReader reader = new SessionReader(in, size, name);
        SessionSource source = reader.readSource();
        RunResult result = replay(source, name);
        reader.readTrace(new ReplayCheck(name, result));
        return new Session(source, result);
    }

    private static RunResult replay(SessionSource source, String name) throws SessionFormatException {
        try {
            Options check = new Options();
            source.overrides().forEach(check::set);
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(name, scenarioOffset(), "expected option overrides this version accepts, found: " + e.getMessage());
        }
        try {
            return source.run();
        } catch (ScenarioException e) {
            throw new SessionFormatException(name, scenarioOffset(), "expected a scenario this version runs, found one that fails at "
                    + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new SessionFormatException(name, scenarioOffset(), "expected injections this run can take, found: " + e.getMessage());
        }
    }

    /** Where the scenario section starts: after the magic and the 4-byte version. */
    private static long scenarioOffset() { return SessionFormat.MAGIC.length + 4L; }
}
