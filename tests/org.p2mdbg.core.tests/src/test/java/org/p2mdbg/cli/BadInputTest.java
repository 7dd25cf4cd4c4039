package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input, on every command: exit code 2, one line on stderr that says where
 * (file:line:col, or the byte offset in a session file) and what was expected, nothing on stdout,
 * no stack trace and no output file left behind.
 */
class BadInputTest {
    private static final List<String> COMMANDS = List.of("run", "translate", "diff", "step");

    @TempDir
    Path dir;

    /** The command with the arguments it needs besides FILE, so that only the file is at fault. */
    private static String[] args(String command, String file) {
        return switch (command) {
            case "translate" -> new String[] {command, file, "--domain", "guest", "--gfn", "0x80000"};
            case "diff" -> new String[] {command, file, "--from", "@start", "--to", "@end"};
            default -> new String[] {command, file};
        };
    }

    /** Runs every command on the file and checks each fails the same way, with this message. */
    private static void everyCommandSays(String file, String message) {
        for (String command : COMMANDS) {
            Cli.Result r = Cli.withInput("n\n", args(command, file)).assertNoStackTrace();
            assertEquals(2, r.code(), command + ": " + r.err());
            assertEquals("", r.out(), command);
            assertEquals(message + "\n", r.err(), command);
        }
    }

    private Path file(String name, byte[] bytes) throws IOException { return Files.write(dir.resolve(name), bytes); }

    private Path file(String name, String text) throws IOException { return Files.writeString(dir.resolve(name), text); }

    @Test void unknownCommandsAndOptions() {
        Cli.Result command = Cli.run("frobnicate").assertNoStackTrace();
        assertEquals(2, command.code());
        assertTrue(command.err().startsWith("p2mdbg: Unmatched argument at index 0: 'frobnicate'"), command.err());
        for (String c : COMMANDS) {
            String[] withBogus = Arrays.copyOf(args(c, Cli.example("thin-slice.p2m")), args(c, "").length + 1);
            withBogus[withBogus.length - 1] = "--bogus";
            Cli.Result option = Cli.run(withBogus).assertNoStackTrace();
            assertEquals(2, option.code(), c);
            assertEquals("p2mdbg: Unknown option: '--bogus'\ntry 'p2mdbg --help'\n", option.err(), c);
            assertEquals(2, Cli.run(c).code(), c + " without FILE");
        }
        Cli.Result noCommand = Cli.run();
        assertEquals("p2mdbg: a command is needed (run, translate, dump, diff, step); try 'p2mdbg --help'\n", noCommand.err());
        Cli.Result malformed = Cli.run("run", Cli.example("thin-slice.p2m"), "--option", "relinquish").assertNoStackTrace();
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().startsWith("p2mdbg: Value for option option '--option' (NAME=VALUE) should be in KEY=VALUE format"), malformed.err());
    }

    @Test void missingDirectoryUnreadableEmpty() throws IOException {
        everyCommandSays(dir.resolve("none.p2m").toString(), "cannot read " + dir.resolve("none.p2m") + ": no such file");
        everyCommandSays(dir.toString(), "cannot read " + dir + ": it is a directory, not a scenario or session file");
        Path empty = file("empty.p2m", "");
        everyCommandSays(empty.toString(), empty + ":1:1: expected a 'machine' statement, found an empty scenario");
        Path locked = file("locked.p2m", "machine arm64\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "the tests run as root, who reads any file");
        everyCommandSays(locked.toString(), "cannot read " + locked + ": permission denied");
    }

    @Test void binaryGarbageIsRefusedAtItsFirstBadByte() throws IOException {
        Path garbage = file("garbage.p2m", new byte[] {'m', 'a', 0x0a, 'x', (byte) 0xfe, (byte) 0xff, 0x00, 0x13});
        everyCommandSays(garbage.toString(), garbage + ":2:2: expected UTF-8 text, found byte 0xfe (at byte offset 4)");
        byte[] big = new byte[(4 << 20) + 1];
        Arrays.fill(big, (byte) '#');
        Path huge = file("huge.p2m", big);
        everyCommandSays(huge.toString(), "cannot read " + huge + ": 4194305 bytes is too large for a scenario (at most 4194304)");
    }

    @Test void hugeCountsAndNumbersAreScenarioErrors() throws IOException {
        Path count = file("count.p2m", "machine arm64\ndomain guest id=1\npopulate guest gfn=0 nr=0x100000000\n");
        everyCommandSays(count.toString(), count + ":3:25: expected nr between 1 and 16777216, found '0x100000000'");
        Path number = file("number.p2m", "machine arm64\ndomain guest id=1\npopulate guest gfn=0 nr=0x1ffffffffffffffff\n");
        everyCommandSays(number.toString(), number + ":3:25: expected a number no larger than 0x7fffffffffffffff after 'nr=', found '0x1ffffffffffffffff'");
    }

    @Test void translateRefusesAddressesOutsideTheTables() {
        String thin = Cli.example("thin-slice.p2m");
        Cli.Result ipa = Cli.run("translate", thin, "--domain", "guest", "--ipa", "0x10000000000").assertNoStackTrace();
        assertEquals(2, ipa.code());
        assertEquals("expected an address inside the 40-bit IPA space of guest, found ipa 0x10000000000\n", ipa.err());
        Cli.Result va = Cli.run("translate", Cli.example("seed004-block-order-rfc.p2m"), "--domain", "xen", "--va", "0x1000000000000");
        assertEquals("expected a virtual address below 2^48, found 0x1000000000000\n", va.err());
        Cli.Result tooBig = Cli.run("translate", thin, "--domain", "guest", "--gfn", "99999999999999999999999").assertNoStackTrace();
        assertEquals(2, tooBig.code());
        assertEquals("p2mdbg: Invalid value for option '--gfn': expected a number (decimal or 0x hex), found '99999999999999999999999'\n"
                + "try 'p2mdbg --help'\n", tooBig.err());
    }

    @Test void damagedSessionsAreRefusedAtTheirByteOffset() throws IOException {
        Path session = dir.resolve("s.p2mt");
        assertEquals(0, Cli.run("run", Cli.example("thin-slice.p2m"), "--trace", session.toString()).code());
        byte[] good = Files.readAllBytes(session);
        Path truncated = file("truncated.p2mt", Arrays.copyOf(good, 40));
        int scenario = ByteBuffer.wrap(good, 16, 4).getInt();   // the SCEN section's length: the example's path is in it
        everyCommandSays(truncated.toString(), truncated + ": byte 16: expected " + scenario + " bytes of SCEN section and its CRC, found the end"
                + " of the file after 20 bytes (truncated)");
        byte[] bad = good.clone();
        bad[30] ^= 0x20;   // a letter of the scenario name changes case
        Path corrupt = file("corrupt.p2mt", bad);
        Cli.Result r = Cli.run("run", corrupt.toString()).assertNoStackTrace();
        assertEquals(2, r.code());
        assertTrue(r.err().matches(corrupt + ": byte " + (20 + scenario) + ": expected the CRC32C 0x[0-9a-f]{8} of the SCEN section at byte 12, found 0x[0-9a-f]{8}:"
                + " the section is corrupt\n"), r.err());
        Path magicOnly = file("magic.p2mt", Arrays.copyOf(good, 5));
        everyCommandSays(magicOnly.toString(), magicOnly + ": byte 0: expected the magic of a session file (89 50 32 4d 54 0d 0a 1a), found"
                + " 89 50 32 4d 54 and the end of the file");
        Cli.Result options = Cli.run("run", session.toString(), "--option", "relinquish=lookup").assertNoStackTrace();
        assertEquals(2, options.code());
        assertEquals("--option: " + session + " is a saved session, which runs again with the options it was saved with\n", options.err());
    }

    @Test void noOutputFileIsLeftByAFailedRun() throws IOException {
        Path bad = file("bad.p2m", "machine arm64\nfrob\n");
        Cli.Result r = Cli.run("run", bad.toString(), "--trace", dir.resolve("out.p2mt").toString()).assertNoStackTrace();
        assertEquals(2, r.code());
        Path input = Path.of(Cli.example("thin-slice.p2m"));
        Cli.Result self = Cli.run("run", input.toString(), "--trace", input.toString()).assertNoStackTrace();
        assertEquals(2, self.code());
        assertEquals("--trace " + input + " would overwrite the input " + input + ": give another file\n", self.err());
        Files.createDirectory(dir.resolve("sub"));
        Cli.Result intoDir = Cli.run("run", input.toString(), "--trace", dir.resolve("sub").toString()).assertNoStackTrace();
        assertEquals(2, intoDir.code());
        assertEquals("cannot write " + dir.resolve("sub") + ": is a directory\n", intoDir.err());
        assertEquals("", intoDir.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad.p2m", "sub"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
            assertEquals(0, files.count());
        }
    }
}
