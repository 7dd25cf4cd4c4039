package org.p2mdbg.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs in its own JVM for {@link AtomicSaveTest}: starts replacing the file it is given, says so
 * once the temporary file holds a megabyte, and then hangs in the middle of the save until killed.
 */
public final class AtomicSaveVictim {
    private AtomicSaveVictim() {}

    public static void main(String[] args) throws IOException {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            System.out.println("saving");
            System.out.flush();
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    throw new IOException("interrupted", e);
                }
            }
        });
    }
}
