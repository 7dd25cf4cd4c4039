package org.p2mdbg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

import org.p2mdbg.core.scenario.RunOutOfMemory;
import org.p2mdbg.core.scenario.ScenarioException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code p2mdbg} command: runs scenarios headless. Exit codes: 0 when it ran, 1 on findings
 * with --fail-on-findings, 2 on bad input (scenario, option, file, command), 3 on an internal
 * error. Errors go to stderr as one line, never as a stack trace.
 */
@Command(name = "p2mdbg", mixinStandardHelpOptions = true, version = "p2mdbg 0.1.0",
        description = "Runs P2M Debugger scenarios without a display.",
        subcommands = {RunCommand.class, TranslateCommand.class, DumpCommand.class, DiffCommand.class, StepCommand.class,
            CompareCommand.class})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** What {@code step} reads its commands from. */
    final InputStream in;

    private Main(InputStream in) { this.in = in; }

    public static void main(String[] args) {
        System.exit(execute(args, System.in, System.out, System.err));
    }

    /** Runs the command line with the given streams and an empty standard input; returns the exit code. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, InputStream.nullInputStream(), out, err);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        try {
            PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
            CommandLine cl = new CommandLine(new Main(in));
            cl.setOut(outWriter);
            cl.setErr(errWriter);
            cl.setParameterExceptionHandler((e, a) -> {
                errWriter.println("p2mdbg: " + e.getMessage());
                errWriter.println("try 'p2mdbg --help'");
                return ExitCodes.BAD_INPUT;
            });
            cl.setExecutionExceptionHandler((e, c, r) -> {
                errWriter.println(message(e));
                return e instanceof ScenarioException || e instanceof BadInputException ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL;
            });
            int code = cl.execute(args);
            outWriter.flush();
            return code;
        } catch (Throwable t) {
            errWriter.println(message(t));
            return ExitCodes.INTERNAL;
        } finally {
            errWriter.flush();
        }
    }

    @Override public Integer call() {
        spec.commandLine().getErr().println("p2mdbg: a command is needed (run, translate, dump, diff, step); try 'p2mdbg --help'");
        return ExitCodes.BAD_INPUT;
    }

    private static String message(Throwable t) {
        if (t instanceof ScenarioException || t instanceof BadInputException) {
            return t.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "p2mdbg: " + RunOutOfMemory.message("give it more (P2MDBG_HEAP=8g p2mdbg ..., or java -Xmx8g)");
        }
        return "internal error: " + t;
    }

    /** An I/O failure in a few words ("no such file"), for messages that already name the file. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
