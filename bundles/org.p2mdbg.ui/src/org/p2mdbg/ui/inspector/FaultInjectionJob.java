package org.p2mdbg.ui.inspector;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.core.inject.FaultInjector;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.scenario.ScenarioException;
import org.p2mdbg.debug.session.IdeOutOfMemory;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.ui.open.OpenScenarioJob;

/**
 * Re-runs the session's scenario from the start with one more descriptor injected (and the ones
 * injected before, which its source records, so a saved session injects them again), makes the result the current session and moves it just past
 * the injected write, so every view shows the changed descriptor and the findings that follow.
 */
public final class FaultInjectionJob extends Job {
    private final P2mSession base;
    private final DescriptorInjection injection;
    private P2mSession result;

    public FaultInjectionJob(P2mSession base, DescriptorInjection injection) {
        super("Re-running " + base.name() + " with a fault injected at event " + injection.position());
        this.base = base;
        this.injection = injection;
        setUser(true);
        setPriority(Job.LONG);
    }

    /** The injections a session was run with (none for a scenario run as written). */
    public static List<DescriptorInjection> injections(P2mSession session) {
        return session.source().injections();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        List<DescriptorInjection> all = FaultInjector.with(injections(base), injection);
        try {
            RunResult run = FaultInjector.run(base.result().scenario(), base.options(), all, monitor::isCanceled);
            P2mSession injected = new P2mSession(base.name().replaceFirst(" \\+ \\d+ faults?$", "") + " + " + all.size()
                    + (all.size() == 1 ? " fault" : " faults"), base.file(), base.source().withInjections(all), run);
            SessionManager.get().setCurrent(injected);
            injected.seek(injection.position() + 2);
            result = injected;
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (ScenarioException | IllegalArgumentException e) {
            OpenScenarioJob.report(base.file(), e.getMessage());
            return Status.CANCEL_STATUS;   // reported in a dialog
        } catch (OutOfMemoryError e) {
            OpenScenarioJob.report(base.file(), IdeOutOfMemory.message());
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** The injected session, once the job has run (null if it failed or was cancelled). */
    public P2mSession result() { return result; }
}
