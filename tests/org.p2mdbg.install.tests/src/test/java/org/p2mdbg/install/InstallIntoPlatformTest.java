package org.p2mdbg.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "Installable": installs the IDE feature from the freshly built update site, and from it alone,
 * into a copy of a stock Eclipse platform (releng/org.p2mdbg.platform: the Eclipse Platform product
 * with the p2 director, no P2M Debugger bundle) with the p2 director, exactly as a person would
 * from the command line; then starts that Eclipse (the IDE application, under the current DISPLAY)
 * with a small check bundle that opens the P2M Debugger perspective and its views, saves a
 * screenshot and writes a report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallIntoPlatformTest {
    static final String FEATURE_IU = "org.p2mdbg.feature.feature.group";
    static final String PROFILE = "DefaultProfile";
    static final long DIRECTOR_TIMEOUT_S = 240;
    static final long IDE_TIMEOUT_S = 180;

    static Path platform;
    static Path updateSite;
    static Path work;
    static Path eclipse;
    static List<String> featureBundles;
    static boolean installed;

    @BeforeAll
    static void copyTheStockPlatform() throws IOException {
        platform = Path.of(System.getProperty("p2mdbg.platform.dir"));
        updateSite = Path.of(System.getProperty("p2mdbg.updatesite.dir"));
        work = Path.of(System.getProperty("p2mdbg.install.dir"));
        assertTrue(Files.isDirectory(platform.resolve("plugins")), "the stock platform is not materialised: " + platform);
        assertTrue(Files.isRegularFile(updateSite.resolve("content.jar")) || Files.isRegularFile(updateSite.resolve("content.xml.xz")),
                "the update site is not built: " + updateSite);
        featureBundles = pluginIds(Files.readString(Path.of(System.getProperty("p2mdbg.feature.xml"))));
        assertFalse(featureBundles.isEmpty(), "no plugin in feature.xml");
        deleteTree(work);
        eclipse = work.resolve("eclipse");
        copyTree(platform, eclipse);
    }

    @Test
    @Order(1)
    void theStockPlatformHasNoP2mDebuggerBundle() throws IOException {
        List<String> ours = list(eclipse.resolve("plugins"), "org.p2mdbg*");
        assertTrue(ours.isEmpty(), "the stock platform must not contain P2M Debugger bundles: " + ours);
        assertTrue(Files.isDirectory(profileDir()), "the stock platform has no p2 profile " + PROFILE);
        assertTrue(bundlesInfo().contains("org.eclipse.equinox.p2.director.app,"), "no p2 director in the stock platform");
    }

    @Test
    @Order(2)
    void theDirectorInstallsTheFeatureFromTheUpdateSiteAlone() throws Exception {
        Path log = work.resolve("director.log");
        List<String> cmd = List.of(java(), "-Xmx512m", "-jar", launcher().toString(), "-nosplash",
                "-application", "org.eclipse.equinox.p2.director",
                "-repository", updateSite.toUri().toString(),
                "-installIU", FEATURE_IU,
                "-destination", eclipse.toString(),
                "-profile", PROFILE);
        int status = run(cmd, log, DIRECTOR_TIMEOUT_S, "the p2 director");
        assertEquals(0, status, "p2 director exit status (13 = the install failed; a bundle the feature needs is "
                + "neither in the Eclipse Platform nor in the update site? add it to releng/org.p2mdbg.repository/category.xml)\n"
                + "command: " + String.join(" ", cmd) + "\n" + tail(log) + newestLog(eclipse.resolve("configuration")));

        String info = bundlesInfo();
        List<String> problems = new ArrayList<>();
        for (String id : featureBundles) {
            if (list(eclipse.resolve("plugins"), id + "_*.jar").isEmpty()) {
                problems.add(id + ": no plugins/" + id + "_*.jar");
            }
            if (!info.contains("\n" + id + ",")) {
                problems.add(id + ": not in bundles.info");
            }
        }
        assertTrue(problems.isEmpty(), "the install is incomplete: " + problems);
        assertFalse(list(eclipse.resolve("features"), "org.p2mdbg.feature_*").isEmpty(), "no features/org.p2mdbg.feature_*");
        assertTrue(newestProfile().contains("id='" + FEATURE_IU + "'"), "the p2 profile does not list " + FEATURE_IU);
        installed = true;
    }

    @Test
    @Order(3)
    void theInstalledIdeOpensThePerspectiveAndViews() throws Exception {
        assertTrue(installed, "the install failed, see the previous test");
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(),
                "DISPLAY is not set: the installed IDE needs one (run under xvfb-run, as ./p2mdbg test does)");
        addCheckBundle();
        Path out = work.resolve("check");
        Files.createDirectories(out);
        Path log = work.resolve("ide.log");
        List<String> cmd = List.of(java(), "-Xmx1g", "-Dp2mdbg.installcheck=" + out,
                "-jar", launcher().toString(), "-nosplash", "-data", out.resolve("workspace").toString());
        int status = run(cmd, log, IDE_TIMEOUT_S, "the installed IDE");
        Path report = out.resolve("installcheck.txt");
        String details = "\ncommand: " + String.join(" ", cmd) + "\n" + tail(log)
                + newestLog(out.resolve("workspace/.metadata")) + newestLog(eclipse.resolve("configuration"));
        assertTrue(Files.exists(report), "the check bundle wrote no report (did the workbench start?)" + details);
        String verdict = Files.readString(report);
        assertTrue(verdict.startsWith("OK"), "install check:\n" + verdict + details);
        assertEquals(0, status, "exit status of the installed IDE" + details);
        Path png = out.resolve("ide-installed.png");
        assertTrue(Files.exists(png) && Files.size(png) > 10_000, "the screenshot of the installed IDE is missing or empty");
        System.out.println("install check:\n" + verdict + "screenshot: " + png);
    }

    /** The check bundle is not part of the install under test: it is added after it, as a plain bundles.info entry. */
    private static void addCheckBundle() throws IOException {
        Path jar = Path.of(System.getProperty("p2mdbg.installcheck.jar"));
        String version;
        try (JarFile j = new JarFile(jar.toFile())) {
            Manifest m = j.getManifest();
            version = m.getMainAttributes().getValue("Bundle-Version");
        }
        String name = "org.p2mdbg.install.check_" + version + ".jar";
        Files.copy(jar, eclipse.resolve("plugins").resolve(name), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(bundlesInfoFile(), "org.p2mdbg.install.check," + version + ",plugins/" + name + ",4,false\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Runs a command in the installation with a time limit; the process and its children are killed at the limit. */
    private static int run(List<String> cmd, Path log, long timeoutS, String what) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(eclipse.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(timeoutS, TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail(what + " did not finish within " + timeoutS + " s\ncommand: " + String.join(" ", cmd) + "\n" + tail(log)
                    + newestLog(eclipse.resolve("configuration")));
        }
        System.out.printf("%s: exit %d after %.1f s (log %s)%n", what, p.exitValue(), (System.nanoTime() - start) / 1e9, log);
        return p.exitValue();
    }

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    private static Path launcher() throws IOException {
        List<String> jars = list(eclipse.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar");
        assertFalse(jars.isEmpty(), "no Equinox launcher jar in " + eclipse.resolve("plugins"));
        return eclipse.resolve("plugins").resolve(jars.get(0));
    }

    private static Path bundlesInfoFile() {
        return eclipse.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
    }

    private static String bundlesInfo() throws IOException { return "\n" + Files.readString(bundlesInfoFile()); }

    private static Path profileDir() {
        return eclipse.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/" + PROFILE + ".profile");
    }

    private static String newestProfile() throws IOException {
        Path newest;
        try (Stream<Path> s = Files.list(profileDir())) {
            newest = s.filter(f -> f.getFileName().toString().endsWith(".profile.gz"))
                    .max(Comparator.comparing(f -> f.getFileName().toString())).orElseThrow();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> pluginIds(String featureXml) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<plugin\\s+[^>]*?id=\"([^\"]+)\"").matcher(featureXml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> list(Path dir, String glob) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            }
        }
        names.sort(null);
        return names;
    }

    /** The last lines of a log, for failure messages. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "--- " + log + " (last lines) ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())) + "\n";
        } catch (IOException e) {
            return "(no " + log + ")\n";
        }
    }

    /** The newest *.log (an Eclipse error log) in a configuration or workspace metadata folder. */
    private static String newestLog(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".log"))
                    .max(Comparator.comparing(f -> f.toFile().lastModified())).map(InstallIntoPlatformTest::tail).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                Path target = to.resolve(from.relativize(p).toString());
                try {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
