package org.p2mdbg.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trace of more than 10 million events is saved and loaded in a JVM limited to a 2 GiB heap. */
class LargeSessionTest {
    @Test void tenMillionEventsSaveAndLoadWithinTwoGibibytes(@TempDir Path dir) throws IOException, InterruptedException {
        // 0x4d0000 pages populated one 4 KiB page at a time
        Process p = ForkedJvm.start(LargeSessionRun.class, List.of("-Xmx2g"), dir.toString(), "0x4d0000");
        boolean ended = p.waitFor(240, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "still running after 240 s: " + out);
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile("events (\\d+) loaded (\\d+) hash-equal (\\w+) bytes (\\d+) .*").matcher(out.strip());
        assertTrue(m.matches(), out);
        long events = Long.parseLong(m.group(1));
        assertTrue(events > 10_000_000, out);
        assertEquals(events, Long.parseLong(m.group(2)), out);
        assertEquals("true", m.group(3), out);
        assertTrue(Long.parseLong(m.group(4)) < events * 10, "more than 10 bytes an event: " + out);
    }
}
