package org.p2mdbg.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.core.inject.FaultInjector;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioFiles;
import org.p2mdbg.core.scenario.ScenarioParser;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.SourcePos;
import org.p2mdbg.core.scenario.ast.Statement;

/**
 * What a run is made from: the scenario's name (its path as the user gave it), its full text and
 * the option overrides that win over its own option lines, and the faults injected by hand into the
 * run. A session file keeps them all, so a loaded session runs again exactly as it was recorded.
 */
public record SessionSource(String name, String text, Map<String, String> overrides, List<DescriptorInjection> injections) {
    public SessionSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        injections = List.copyOf(injections);
    }

    /** A scenario run as it is written (no injected faults). */
    public SessionSource(String name, String text, Map<String, String> overrides) {
        this(name, text, overrides, List.of());
    }

    /** The same source with faults injected into its run. */
    public SessionSource withInjections(List<DescriptorInjection> faults) {
        return new SessionSource(name, text, overrides, faults);
    }

    /**
     * Reads a scenario file. Text that is not UTF-8 is a {@link ScenarioException} at the line and
     * column of the first bad byte; a file larger than any scenario is refused before it is read.
     */
    public static SessionSource read(Path file, Map<String, String> overrides) throws IOException {
        long size = Files.size(file);
        if (size > ScenarioFiles.MAX_BYTES) {
            throw new IOException(size + " bytes is too large for a scenario (at most " + ScenarioFiles.MAX_BYTES + ")");
        }
        return of(file.toString(), Files.readAllBytes(file), overrides);
    }

    /** A source from a scenario's bytes, which must be UTF-8 (else a {@link ScenarioException} at the first bad byte). */
    public static SessionSource of(String name, byte[] bytes, Map<String, String> overrides) {
        return new SessionSource(name, decode(name, bytes), overrides);
    }

    /** Parses the scenario; errors name this source's name, line and column. */
    public Scenario parse() { return ScenarioParser.parse(name, text); }

    /**
     * Parses and runs the scenario to its end with the overrides, and the injected faults if any.
     *
     * @throws IllegalArgumentException when an injection cannot be made in this run
     */
    public RunResult run() { return run(phase -> { }); }

    /**
     * {@link #run()}, telling {@code progress} what it is doing before each phase: each statement
     * ("statement 3 of 12, line 14: populate ..."), then the rule checks. A huge guest runs for
     * tens of seconds, and a caller can show where it is.
     */
    public RunResult run(Consumer<String> progress) {
        Scenario scenario = parse();
        if (!injections.isEmpty()) {
            progress.accept("running with " + injections.size() + " injected fault" + (injections.size() == 1 ? "" : "s"));
            return FaultInjector.run(scenario, overrides, injections, () -> false);
        }
        ScenarioRunner runner = ScenarioRunner.start(scenario, overrides);
        while (runner.hasNext()) {
            Statement s = scenario.statement(runner.position());
            progress.accept("statement " + (runner.position() + 1) + " of " + scenario.size() + ", line " + s.pos().line() + ": " + s.text());
            runner.step();
        }
        progress.accept("checking the rules over " + runner.machine().trace().size() + " events");
        return runner.result();
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw notText(name, bytes, in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The position of the first byte that is not UTF-8, counted in lines and characters as an editor would. */
    private static ScenarioException notText(String name, byte[] bytes, int bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1 + new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length();
        return new ScenarioException(new SourcePos(name, line, column), "expected UTF-8 text, found byte " + Hex.of(bytes[bad] & 0xff)
                + " (at byte offset " + bad + ")");
    }
}
