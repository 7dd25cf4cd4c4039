package org.p2mdbg.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs in its own JVM for {@link LargeSessionTest} (so that its heap limit is the one under test):
 * records a trace of more than 10 million events, saves it, forgets it, loads it back, and prints
 * what it measured. Arguments: the directory to save into, the number of pages to populate.
 */
public final class LargeSessionRun {
    private LargeSessionRun() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve("large.p2mt");
        // 4 KiB pages one by one (the first gfn is not 2 MiB aligned): about 2 events a page
        String text = "machine arm64 ipa=40\ndomain guest id=1\npopulate guest gfn=0x100001 nr=" + args[1] + "\n";
        long t0 = System.nanoTime();
        Session saved = Sessions.run(new SessionSource("large.p2m", text, Map.of()));
        long events = saved.result().events();
        long hash = saved.result().machine().stateHash();
        long t1 = System.nanoTime();
        SessionFiles.save(file, saved);
        long t2 = System.nanoTime();
        saved = null;   // only one trace in the heap at a time
        Session loaded = SessionFiles.load(file);
        long t3 = System.nanoTime();
        System.out.printf("events %d loaded %d hash-equal %b bytes %d run %d ms save %d ms load %d ms%n", events, loaded.result().events(),
                loaded.result().machine().stateHash() == hash, Files.size(file), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }
}
