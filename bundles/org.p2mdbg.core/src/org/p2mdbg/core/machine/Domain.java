package org.p2mdbg.core.machine;

import java.util.List;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.P2m;

/**
 * A guest (or dom0): its identity, its page list (d->page_list, allocation order, with each page's
 * PGC_allocated bit), its p2m on Arm, and the destruction path domain_kill drives:
 * domain_relinquish_resources with continuations, then p2m_teardown.
 */
public final class Domain {
    /**
     * How many relinquish_memory continuations in a row may end without dropping a single
     * allocation reference before destroy() gives up: a preemption policy such as always can keep
     * relinquish_memory preempted on pages other domains still reference, forever.
     */
    static final int MAX_FRUITLESS_RESTARTS = 1000;

    /** d->arch.relmem: how far domain_relinquish_resources got (Xen 4.8 arch/arm/domain.c). */
    private enum Relmem { NOT_STARTED, PAGE, MAPPING, DONE }

    private final Machine machine;
    private final String name;
    private final int id;
    private final int vcpus;
    private final Trace trace;
    private DomainState state = DomainState.RUNNING;
    private P2m p2m;
    private boolean hasIommu;
    /** iommu_domain_destroy, set by whoever gave the domain IOMMU tables. */
    private Runnable iommuDestroy = () -> { };
    private Relmem relmem = Relmem.NOT_STARTED;
    private final PageList pageList;
    private boolean droppedAllocation;

    Domain(Machine machine, String name, int id, int vcpus) {
        this.machine = machine;
        this.name = name;
        this.id = id;
        this.vcpus = vcpus;
        this.trace = machine.trace();
        this.pageList = new PageList(machine.frames().firstMfn());
    }

    public String name() { return name; }

    public int id() { return id; }

    public int vcpus() { return vcpus; }

    public DomainState state() { return state; }

    public Machine machine() { return machine; }

    /** The domain's stage-2 p2m; Arm domains only. */
    public P2m p2m() {
        if (p2m == null) {
            throw new IllegalStateException("domain " + name + " runs on " + machine.arch().scenarioName() + ": it has no Arm p2m");
        }
        return p2m;
    }

    /** need_iommu(d): a device is assigned, so p2m changes are followed by an IOTLB flush. */
    public boolean hasIommu() { return hasIommu; }

    public void setHasIommu(boolean hasIommu) { this.hasIommu = hasIommu; }

    /** What arch_domain_destroy runs as iommu_domain_destroy, before p2m_teardown (the SMMU shares the p2m). */
    public void setIommuDestroy(Runnable iommuDestroy) { this.iommuDestroy = iommuDestroy; }

    /** The pages the domain owns, in allocation order (d->page_list). */
    public List<Mfn> pages() { return pageList.toList(); }

    /** How many pages are on d->page_list (d->tot_pages), without listing them: a big guest has millions. */
    public int pageCount() { return pageList.size(); }

    /**
     * relinquish_p2m_mapping with the machine's relinquish strategy: 0 when done, or
     * Errno.ERESTART when preempted (call again: it resumes from lowest_mapped_gfn).
     */
    public int relinquish() { return p2m().relinquishMapping(machine.options().relinquish()); }

    /**
     * arch_domain_destroy: iommu_domain_destroy, then p2m_teardown, which frees the p2m's tables, root
     * and VMID; the domain is destroyed.
     */
    public void teardown() {
        trace.enter("arch_domain_destroy");
        try {
            iommuDestroy.run();
            if (p2m != null) {
                p2m.teardown();
            }
            setState(DomainState.DESTROYED);
        } finally {
            trace.leave();
        }
    }

    /**
     * domain_kill to the end: marks the domain dying, calls domain_relinquish_resources until it
     * stops asking for a continuation (each call its own operation, "destroy NAME (relinquish #k)"),
     * then tears the p2m down in a last operation. Returns 0, or the error that stopped it.
     */
    public int destroy() {
        if (p2m == null) {
            throw new IllegalStateException("destroying " + machine.arch().scenarioName() + " domains is not modelled by the Arm path");
        }
        if (state == DomainState.DESTROYED) {
            throw new IllegalStateException("domain " + name + " is already destroyed");
        }
        int rc;
        int fruitless = 0;
        for (int k = 1;; k++) {
            trace.beginOperation("destroy " + name + " (relinquish #" + k + ")");
            rc = relinquishResources();
            if (rc == Errno.ERESTART && lastRelinquishFreedNothing()) {
                if (++fruitless >= MAX_FRUITLESS_RESTARTS) {
                    trace.record(EventKind.ERROR, rc, 0, 0, "livelock: relinquish_memory was preempted " + fruitless
                            + " times in a row without releasing a page (preempt=" + machine.options().preempt() + ")");
                    return rc;
                }
            } else {
                fruitless = 0;
            }
            if (rc != Errno.ERESTART) {
                break;
            }
        }
        if (rc != 0) {
            return rc;
        }
        trace.beginOperation("destroy " + name + " (teardown)");
        teardown();
        return 0;
    }

    /**
     * One call of domain_kill's domain_relinquish_resources, as a continuation makes it: marks the
     * domain dying, then releases its pages and its p2m mappings. 0 when done, Errno.ERESTART when
     * preempted (call again). {@link #destroy} loops on it; a scenario can run it on its own to reach
     * the window between relinquish and teardown (seed 000).
     */
    public int relinquishResources() {
        trace.enter("domain_kill");
        try {
            if (state == DomainState.RUNNING) {
                setState(DomainState.DYING);
            }
            droppedAllocation = false;
            return domainRelinquishResources();
        } finally {
            trace.leave();
        }
    }

    /** Whether the last relinquishResources() call was preempted in relinquish_memory without freeing a page. */
    public boolean lastRelinquishFreedNothing() { return relmem == Relmem.PAGE && !droppedAllocation; }

    /** domain_relinquish_resources (Xen 4.8 arch/arm/domain.c): the page list first, then the p2m. */
    private int domainRelinquishResources() {
        trace.enter("domain_relinquish_resources");
        try {
            if (relmem == Relmem.NOT_STARTED) {
                // iommu_release_dt_devices and the (empty) xenpage_list have nothing to do here
                relmem = Relmem.PAGE;
            }
            if (relmem == Relmem.PAGE) {
                int rc = relinquishMemory();
                if (rc != 0) {
                    return rc;
                }
                relmem = Relmem.MAPPING;
            }
            if (relmem == Relmem.MAPPING) {
                int rc = relinquish();
                if (rc != 0) {
                    return rc;
                }
                relmem = Relmem.DONE;
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    /**
     * relinquish_memory(d, &d->page_list): for each page, a reference to hold it, the allocation
     * reference dropped once, the held reference dropped (freeing the page when nobody else holds
     * it), then a preemption check after every page. A restart walks the list from its head again.
     */
    private int relinquishMemory() {
        trace.enter("relinquish_memory");
        try {
            // page_list_for_each_safe: the next page is taken before this one may leave the list
            Mfn next;
            for (Mfn page = pageList.first(); page != null; page = next) {
                next = pageList.after(page);
                if (!machine.getPage(page, this)) {
                    continue;
                }
                if (pageList.clearAllocated(page)) {
                    droppedAllocation = true;
                    machine.putPage(page);
                }
                machine.putPage(page);
                if (machine.preemptCheck()) {
                    trace.record(EventKind.PREEMPTION, page.value(), 0, 0);
                    return Errno.ERESTART;
                }
            }
            return 0;
        } finally {
            trace.leave();
        }
    }

    private void setState(DomainState s) {
        state = s;
        trace.record(EventKind.DOMAIN_STATE, id, s.ordinal(), 0);
    }

    void attach(P2m p) { this.p2m = p; }

    /** assign_pages: the page joins the list with its PGC_allocated bit set. */
    void assign(Mfn page) {
        pageList.addAllocated(page);
    }

    /** assign_pages for {@code count} fresh contiguous pages: each joins the list's tail in order, PGC_allocated set. */
    void assignRun(Mfn first, int count) {
        pageList.addAllocatedRun(first, count);
    }

    /** free_domheap_pages unlinks a freed page from its owner's list. */
    void unlink(Mfn page) {
        pageList.remove(page);
    }
}
