package org.p2mdbg.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.p2mdbg.core.compare.ComparedRun;
import org.p2mdbg.core.compare.StrategyComparison;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.debug.session.IdeOutOfMemory;

/**
 * Runs a scenario once per value of the compared option, in the background: progress per run, and
 * a cancel stops the run in progress before its next statement. The runs are handed over when all
 * have run; a run that fails hands over its message instead.
 */
public final class CompareJob extends Job {
    private final Scenario scenario;
    private final Map<String, String> sessionOptions;
    private final CompareRequest request;
    private final Consumer<List<ComparedRun>> done;
    private final Consumer<String> failed;

    /** @param sessionOptions the overrides the compared session ran with; the compared option's values win over them */
    CompareJob(Scenario scenario, Map<String, String> sessionOptions, CompareRequest request, Consumer<List<ComparedRun>> done,
            Consumer<String> failed) {
        super("Comparing " + request.option() + " on " + scenario.name());
        this.scenario = scenario;
        this.sessionOptions = Map.copyOf(sessionOptions);
        this.request = request;
        this.done = done;
        this.failed = failed;
        setUser(true);
        setPriority(Job.LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), request.values().size());
        List<ComparedRun> runs = new ArrayList<>();
        for (String value : request.values()) {
            progress.subTask(request.option() + "=" + value);
            try {
                Map<String, String> options = new LinkedHashMap<>(sessionOptions);
                options.put(request.option(), value);
                runs.add(StrategyComparison.run(scenario, options, progress::isCanceled));
            } catch (CancellationException e) {
                return Status.CANCEL_STATUS;
            } catch (ScenarioException | IllegalArgumentException e) {
                failed.accept("with " + request.option() + "=" + value + ": " + e.getMessage());
                return Status.CANCEL_STATUS;   // reported in the view
            } catch (OutOfMemoryError e) {
                runs.clear();   // the runs so far go, or there is no room to say why
                failed.accept("with " + request.option() + "=" + value + ": " + IdeOutOfMemory.message());
                return Status.CANCEL_STATUS;
            }
            progress.worked(1);
        }
        done.accept(runs);
        return Status.OK_STATUS;
    }
}
