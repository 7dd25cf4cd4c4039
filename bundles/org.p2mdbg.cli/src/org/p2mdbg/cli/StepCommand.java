package org.p2mdbg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code p2mdbg step FILE}: runs the scenario (or loads the session), then steps through it with commands read from stdin. */
@Command(name = "step", mixinStandardHelpOptions = true,
        description = "Steps through a run event by event, forwards and backwards, with commands read from standard input.",
        footer = {"", "Commands:", Stepper.HELP})
final class StepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    ScenarioInput input;

    @Override public Integer call() throws IOException {
        Stepper stepper = new Stepper(input.load().result(), new BufferedReader(new InputStreamReader(main.in, StandardCharsets.UTF_8)),
                spec.commandLine().getOut());
        stepper.run();
        return ExitCodes.OK;
    }
}
