package org.p2mdbg.bench;

import java.util.function.Supplier;

import org.p2mdbg.core.check.CheckContext;
import org.p2mdbg.core.check.TableRoot;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.trace.EntryLocator;
import org.p2mdbg.core.trace.Trace;

/**
 * A long recorded run to step through and check: a guest populated 4 KiB by 4 KiB (mem-access on),
 * then destroyed with the merged relinquish strategy (every mapping removed) and a preemption at
 * every 4096th check, so the trace holds reads, writes, allocations, frees, reference drops,
 * flushes, preemptions and restarts. About 19 events a page: 576 Ki pages give over 10 M events.
 */
final class RecordedRun {
    final BenchHost host;
    final Trace trace;
    final CheckContext context;

    RecordedRun(long pages) {
        host = new BenchHost(new Trace(), "mem-access=on", "relinquish=remove", "preempt=every:4096").populate(pages);
        int rc = host.guest.destroy();
        if (rc != 0) {
            throw new IllegalStateException("destroy failed with " + Errno.name(rc));
        }
        trace = host.machine.trace();
        context = CheckContext.forMachine(host.machine);
    }

    /** Entry locators at event 0 that know the guest's p2m root, as the debugger's break scanner gets them. */
    Supplier<EntryLocator> locators() {
        return () -> {
            EntryLocator locator = new EntryLocator(trace);
            for (TableRoot r : context.roots()) {
                locator.addRoot(r.mfn().value(), r.pages(), r.owner(), r.level());
            }
            return locator;
        };
    }
}
