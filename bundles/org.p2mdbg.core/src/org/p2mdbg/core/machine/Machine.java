package org.p2mdbg.core.machine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.P2m;
import org.p2mdbg.core.xen.arm.VirtPaging;
import org.p2mdbg.core.xen.arm.VmidAllocator;

/**
 * The emulated host: machine memory (one {@link FrameStore} reporting to one {@link Trace}), the
 * domains, the VMID pool, and the machine-wide numbering of preemption checks. It also holds Xen's
 * page ownership primitives (alloc_domheap_pages, get_page, put_page), which every layer shares.
 */
public final class Machine {
    public static final long FIRST_MFN = 0x40000;
    public static final long DEFAULT_MAX_FRAMES = 1L << 26;

    private final Arch arch;
    private final int ipaBits;
    private final Options options;
    private final FrameStore frames;
    private final Trace trace;
    private final VmidAllocator vmids = new VmidAllocator();
    private final VirtPaging virtPaging;
    private final List<Domain> domains = new ArrayList<>();
    private final Map<Integer, Domain> byId = new HashMap<>();
    private long preemptChecks;

    public Machine(Arch arch, int ipaBits, Options options) {
        this(arch, ipaBits, options, DEFAULT_MAX_FRAMES);
    }

    /** A machine with at most {@code maxFrames} frames of memory (small ones make allocations fail). */
    public Machine(Arch arch, int ipaBits, Options options, long maxFrames) {
        this(arch, ipaBits, options, maxFrames, new Trace());
    }

    /**
     * A machine recording into the given empty trace; with {@link Trace#off()} it runs the same
     * algorithms without recording anything (bulk runs whose events nobody will step through).
     */
    public Machine(Arch arch, int ipaBits, Options options, long maxFrames, Trace trace) {
        if (trace.size() != 0) {
            throw new IllegalArgumentException("a machine starts with an empty trace, not one of " + trace.size() + " events");
        }
        this.trace = trace;
        this.arch = arch;
        this.ipaBits = ipaBits;
        this.options = options;
        this.virtPaging = arch.isArm() ? VirtPaging.of(arch, ipaBits) : null;
        this.frames = new FrameStore(FIRST_MFN, maxFrames);
        // an untraced store does not even call the trace
        frames.setJournal(trace.recording() ? trace : null);
    }

    public FrameStore frames() { return frames; }

    public Trace trace() { return trace; }

    /** The live options: scenario lines that set options after the machine line still apply. */
    public Options options() { return options; }

    public Arch arch() { return arch; }

    public int ipaBits() { return ipaBits; }

    /** The stage-2 geometry of this machine's p2ms; only for Arm machines. */
    public VirtPaging virtPaging() {
        if (virtPaging == null) {
            throw new IllegalStateException(arch.scenarioName() + " machines have no Arm stage-2 paging");
        }
        return virtPaging;
    }

    public VmidAllocator vmids() { return vmids; }

    /**
     * Creates a domain in its own traced operation; on Arm that is p2m_init (VMID, root table
     * allocation, TLB flush). Fails with IllegalStateException when Xen would refuse (VMID pool
     * exhausted, no memory for the root).
     */
    public Domain createDomain(String name, int id, int vcpus) {
        if (domain(name).isPresent()) {
            throw new IllegalArgumentException("domain " + name + " already exists");
        }
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("domain id " + id + " is already used by " + byId.get(id).name());
        }
        if (id < 0 || id >= FrameStore.DOMID_XEN) {
            throw new IllegalArgumentException("domain id " + id + " outside 0.." + (FrameStore.DOMID_XEN - 1));
        }
        if (vcpus < 1) {
            throw new IllegalArgumentException("a domain needs at least one vCPU, not " + vcpus);
        }
        trace.beginOperation("create domain " + name);
        Domain d = new Domain(this, name, id, vcpus);
        trace.record(EventKind.DOMAIN_STATE, id, DomainState.RUNNING.ordinal(), 0);
        if (arch.isArm()) {
            trace.enter("arch_domain_create");
            try {
                d.attach(P2m.init(this, d));
            } finally {
                trace.leave();
            }
        }
        domains.add(d);
        byId.put(id, d);
        return d;
    }

    public Optional<Domain> domain(String name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public Optional<Domain> domain(int id) { return Optional.ofNullable(byId.get(id)); }

    public List<Domain> domains() { return Collections.unmodifiableList(domains); }

    /**
     * hypercall_preempt_check(): records the check, numbers it machine-wide (from 1) and asks the
     * scenario's policy whether to preempt.
     */
    public boolean preemptCheck() {
        long n = ++preemptChecks;
        boolean yes = options.preempt().preempt(n);
        trace.record(EventKind.PREEMPT_CHECK, yes ? 1 : 0, n, 0);
        return yes;
    }

    /** How many preemption checks the machine has made so far. */
    public long preemptChecks() { return preemptChecks; }

    public long stateHash() { return frames.stateHash(); }

    /**
     * alloc_domheap_pages(d, order) + assign_pages: 2^order contiguous frames owned by the domain,
     * each with count_info = PGC_allocated | 1 (one reference, the allocation's), appended to the
     * domain's page list. Null when memory is exhausted.
     */
    public Mfn allocDomheapPages(Domain d, int order) {
        trace.enter("alloc_domheap_pages");
        try {
            int count = 1 << order;
            Mfn first = count == 1 ? frames.tryAllocate(FrameKind.GUEST_RAM, d.id())
                    : frames.tryAllocateContiguous(count, FrameKind.GUEST_RAM, d.id());
            if (first == null) {
                return null;
            }
            // page by page as assign_pages does, one run at a time: the same references and list
            frames.getRefs(first, count);
            d.assignRun(first, count);
            return first;
        } finally {
            trace.leave();
        }
    }

    /**
     * get_page(page, d): takes a reference unless the page is free (count 0); a page owned by
     * another domain gets the reference dropped again and the call fails.
     */
    public boolean getPage(Mfn mfn, Domain d) {
        if (!frames.exists(mfn) || frames.refs(mfn) == 0) {
            return false;
        }
        trace.enter("get_page");
        try {
            frames.getRef(mfn);
            if (frames.owner(mfn) != d.id()) {
                putPage(mfn);
                return false;
            }
            return true;
        } finally {
            trace.leave();
        }
    }

    /** put_page: drops a reference; the last one frees the page (free_domheap_page) and unlinks it from its owner. */
    public void putPage(Mfn mfn) {
        if (frames.refs(mfn) == 0) {
            throw new IllegalStateException("put_page on frame " + mfn + " which holds no reference");
        }
        trace.enter("put_page");
        try {
            if (frames.putRef(mfn) == 0) {
                trace.enter("free_domheap_pages");
                Domain owner = byId.get(frames.owner(mfn));
                if (owner != null) {
                    owner.unlink(mfn);
                }
                frames.free(mfn);
                trace.leave();
            }
        } finally {
            trace.leave();
        }
    }
}
