package org.p2mdbg.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Starts the materialised product exactly as the README says (java -jar the Equinox launcher), with
 * the self-test switch: it must open its window with the example session, save a screenshot and
 * exit by itself with status 0.
 */
class ProductStartsTest {
    @Test
    void productOpensTheExampleSessionAndExits() throws Exception {
        Path product = Path.of(System.getProperty("p2mdbg.product.dir"));
        Path out = Path.of(System.getProperty("p2mdbg.selftest.dir"));
        Files.createDirectories(out);
        Path launcher = single(product.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", launcher.toString(),
                "-data", out.resolve("workspace").toString(),
                "-configuration", out.resolve("configuration").toString(),
                "-selftest", out.toString()));
        Process p = new ProcessBuilder(cmd).directory(product.toFile())
                .redirectErrorStream(true).redirectOutput(out.resolve("product.log").toFile()).start();
        boolean ended = p.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String log = Files.readString(out.resolve("product.log"));
        assertTrue(ended, "the product did not exit within 180 s; log:\n" + log);
        assertEquals(0, p.exitValue(), "product exit status; log:\n" + log);
        String verdict = Files.readString(out.resolve("selftest.txt")).trim();
        assertTrue(verdict.startsWith("OK"), verdict);
        assertTrue(Files.size(out.resolve("product.png")) > 10_000, "the screenshot is empty");
    }

    private static Path single(Path dir, String glob) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            return s.iterator().next();
        }
    }
}
