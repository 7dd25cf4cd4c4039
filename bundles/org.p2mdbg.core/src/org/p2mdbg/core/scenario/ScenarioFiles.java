package org.p2mdbg.core.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.p2mdbg.core.scenario.ast.Scenario;

/** Reads scenario files: UTF-8 text of bounded size, named in errors by the path as given. */
public final class ScenarioFiles {
    /** Scenarios are hand-written; anything larger is not one and is refused before it is read. */
    public static final long MAX_BYTES = 4L << 20;

    private ScenarioFiles() {}

    /** Reads and parses a scenario; an unreadable file is an IOException, a bad one a ScenarioException. */
    public static Scenario parse(Path file) throws IOException {
        return ScenarioParser.parse(file.toString(), read(file));
    }

    public static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(size + " bytes is too large for a scenario (at most " + MAX_BYTES + ")");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
    }
}
