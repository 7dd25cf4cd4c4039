package org.p2mdbg.core.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.p2mdbg.core.scenario.Examples;

/** Sessions the tests save: from source text or from the repository's examples, as bytes. */
final class Sessions {
    private Sessions() {}

    static Session run(String name, String text) { return run(new SessionSource(name, text, Map.of())); }

    static Session run(SessionSource source) { return new Session(source, source.run()); }

    static Session example(String name) {
        try {
            return run(new SessionSource(name, Files.readString(Examples.path(name)), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some event of the file carries the contents of a table it freed. */
    static boolean hasFreedContents(byte[] file) throws IOException {
        return StoredTrace.read(file).events.stream().anyMatch(e -> e.freedContents() != null);
    }

    static byte[] bytes(Session s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SessionWriter.write(s, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
