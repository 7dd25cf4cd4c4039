package org.p2mdbg.model.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioRunner;
import org.p2mdbg.core.trace.TraceCursor;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.ModelBuilder;

/** A seed example of examples/ run to its end, its model, and a cursor to step its trace. */
record SeedExamples(RunResult run, LiveMachine model, TraceCursor cursor) {
    static final Path EXAMPLES = Path.of("../../examples");

    static SeedExamples open(String name) {
        try {
            RunResult run = ScenarioRunner.run(EXAMPLES.resolve(name), Map.of());
            return new SeedExamples(run, ModelBuilder.build(run), new TraceCursor(run.trace(), run.machine().frames()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the machine to the start of an operation (0-based, as the trace numbers them) and refreshes the model. */
    void seekToOperation(int op) { seek(run.trace().operationStart(op)); }

    void seekToEnd() { seek(run.trace().size()); }

    void seek(long position) {
        cursor.seek(position);
        model.refresh(cursor.position());
    }
}
