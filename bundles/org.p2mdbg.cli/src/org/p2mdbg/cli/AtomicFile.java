package org.p2mdbg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file all at once or not at all: the text goes to a temporary file beside the target,
 * which is renamed over the target only when complete, and deleted on any failure.
 */
final class AtomicFile {
    /** What writes the contents. */
    @FunctionalInterface
    interface Contents {
        void writeTo(Writer w) throws IOException;
    }

    private AtomicFile() {}

    static void write(Path target, Contents contents) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
                contents.writeTo(w);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
