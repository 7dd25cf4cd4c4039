package org.p2mdbg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.p2mdbg.core.scenario.Examples;

/** The p2mdbg command called as a user calls it, with a given standard input. */
final class Cli {
    /** What one invocation printed and returned. */
    record Result(int code, String out, String err) {
        /** Bad input is reported in words, never with a stack trace. */
        Result assertNoStackTrace() {
            assertFalse(err.contains("Exception"), err);
            assertFalse(err.contains("\tat "), err);
            return this;
        }
    }

    private Cli() {}

    static Result withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) { return withInput("", args); }

    static String example(String name) { return Examples.path(name).toString(); }
}
