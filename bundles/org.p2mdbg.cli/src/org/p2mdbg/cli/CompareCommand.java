package org.p2mdbg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.p2mdbg.core.compare.ComparedRun;
import org.p2mdbg.core.compare.StrategyComparison;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ScenarioFiles;
import org.p2mdbg.core.scenario.ast.Scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code p2mdbg compare FILE --option NAME=V1,V2,... [--option ...] [--json]}: runs a scenario once
 * per combination of the option values (each winning over the scenario's own option lines) and sets
 * the costs and the findings per rule side by side. Exit 0 when every run ran, 2 on bad input.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs a scenario once per option value (every combination) and compares costs and findings.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a scenario (*.p2m)")
    Path file;

    @Option(names = "--option", paramLabel = "NAME=V1,V2,...", description = "an option and the values to compare (repeatable)")
    List<String> options = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON object and nothing else")
    boolean json;

    @Override public Integer call() throws IOException {
        OptionGrid grid = OptionGrid.parse(options);
        Scenario scenario = read();
        List<ComparedRun> runs = new ArrayList<>();
        for (Map<String, String> combination : grid.combinations()) {
            try {
                runs.add(StrategyComparison.run(scenario, combination, () -> false));
            } catch (ScenarioException e) {
                throw new BadInputException("with " + spelled(combination) + ": " + e.getMessage(), e);
            }
        }
        String name = RunJson.fileName(scenario.name());
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            spec.commandLine().getOut().println(mapper.writeValueAsString(CompareJson.of(name, grid, runs)));
        } else {
            CompareText.print(name, grid, runs, spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private Scenario read() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a directory" : "no such file"));
        }
        try {
            return ScenarioFiles.parse(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + Main.describe(e), e);
        }
    }

    private static String spelled(Map<String, String> combination) {
        return combination.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
