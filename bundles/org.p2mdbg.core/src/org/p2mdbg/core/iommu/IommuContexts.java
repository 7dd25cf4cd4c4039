package org.p2mdbg.core.iommu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.trace.Trace;

/**
 * The IOMMUs of a machine: devices assigned to domains, each domain's IOMMU tables, and the common
 * layer of xen/drivers/passthrough/iommu.c around them (iommu_map / iommu_unmap, the legacy
 * wrappers, iommu_iotlb_flush, the per-CPU iommu_dont_flush_iotlb flag, the hardware domain's initial
 * population), with the flush strategy the machine's {@code iommu-flush} option names at each call.
 * Operations run on CPU 0. Every table change goes through the machine's frame store and every
 * invalidation is an IOTLB_FLUSH event (a = the domain whose translations it drops, -1 for VT-d's
 * domain id 0; b, c = first frame and count, c = -1 for all; detail "added", "modified" or "global").
 */
public final class IommuContexts {
    private final Machine machine;
    private final Trace trace;
    private final Registers registers;
    /** this_cpu(iommu_dont_flush_iotlb) of CPU 0. */
    private final int dontFlush;
    private final Map<String, DeviceContext> devices = new LinkedHashMap<>();
    private final Map<Integer, DomainIommu> domains = new HashMap<>();
    private boolean vtdCachingMode;

    public IommuContexts(Machine machine) {
        this.machine = machine;
        this.trace = machine.trace();
        this.registers = machine.frames().registers();
        this.dontFlush = registers.define("cpu0.iommu_dont_flush_iotlb");
    }

    public Machine machine() { return machine; }

    /** The strategy the machine's options name now ({@code option iommu-flush=...} may change it between operations). */
    public IotlbFlushStrategy strategy() { return IotlbFlushStrategy.parse(machine.options().iommuFlush()); }

    /**
     * cap_caching_mode of the VT-d unit: it then caches not-present entries too (as emulated IOMMUs
     * do), so adding an entry needs an invalidation (with domain id 0).
     */
    public void setVtdCachingMode(boolean on) { vtdCachingMode = on; }

    public boolean vtdCachingMode() { return vtdCachingMode; }

    /** iommus_incoherent: the IOMMU does not snoop the tables, so every change is cleaned from the cache. */
    boolean incoherentWalk() { return !machine.options().iommuCoherentWalk(); }

    public boolean dontFlush() { return registers.get(dontFlush) != 0; }

    /** Sets or clears this_cpu(iommu_dont_flush_iotlb), as the callers that batch flushes do. */
    public void setDontFlush(boolean on) { registers.set(dontFlush, on ? 1 : 0); }

    // ---- devices ----

    /**
     * Assigns a device to a domain: the domain gets its IOMMU state on its first device (all of a
     * domain's devices must sit behind the same kind of IOMMU); an SMMU needs an Arm domain, whose
     * p2m it shares.
     */
    public DeviceContext assign(String device, IommuKind kind, Domain domain) {
        if (devices.containsKey(device)) {
            throw new IllegalArgumentException("device " + device + " is already assigned to " + devices.get(device).domain().name());
        }
        DomainIommu existing = domains.get(domain.id());
        if (existing != null && existing.kind() != kind) {
            throw new IllegalArgumentException("domain " + domain.name() + " already has devices behind " + existing.kind().scenarioName()
                    + ", not " + kind.scenarioName());
        }
        if (kind == IommuKind.SMMU && !machine.arch().isArm()) {
            throw new IllegalArgumentException("an SMMU shares an Arm p2m; " + machine.arch().scenarioName() + " domains have none");
        }
        if (existing == null) {
            trace.enter("iommu_domain_init");
            try {
                domains.put(domain.id(), switch (kind) {
                    case VTD -> new VtdDomain(this, domain);
                    case AMDVI -> new AmdViDomain(this, domain);
                    case SMMU -> new SmmuDomain(this, domain);
                });
            } finally {
                trace.leave();
            }
        }
        DeviceContext c = new DeviceContext(device, kind, domain);
        devices.put(device, c);
        return c;
    }

    public Optional<DeviceContext> device(String name) { return Optional.ofNullable(devices.get(name)); }

    public List<DeviceContext> devices() { return Collections.unmodifiableList(new ArrayList<>(devices.values())); }

    /** The IOMMU kind of a domain's tables, if a device was ever assigned to it. */
    public Optional<IommuKind> kindOf(Domain domain) { return Optional.ofNullable(domains.get(domain.id())).map(DomainIommu::kind); }

    /** True when a device of the domain sits behind the IOMMU (VT-d's iommu_bitmap). */
    boolean hasDevice(Domain domain) { return devices.values().stream().anyMatch(c -> c.domain() == domain); }

    /**
     * The root of a domain's own IOMMU tables with its level (VT-d 4; AMD-Vi the paging mode), or
     * empty while there is none (the SMMU has none: it walks the p2m).
     */
    public Optional<IommuRoot> root(Domain domain) {
        return switch (domains.get(domain.id())) {
            case VtdDomain v -> v.root().isValid() ? Optional.of(new IommuRoot(IommuKind.VTD, v.root(), 4)) : Optional.empty();
            case AmdViDomain a -> a.root().isValid() ? Optional.of(new IommuRoot(IommuKind.AMDVI, a.root(), a.pagingMode())) : Optional.empty();
            case null, default -> Optional.empty();
        };
    }

    /** The device's view of one DMA frame, read without tracing. */
    public IommuTranslation translate(String device, Dfn dfn) { return domainOf(device).translate(dfn); }

    // ---- operations ----

    /**
     * One {@code iommu-map}: 2^order frames from {@code dfn} to {@code mfn}, as a caller that does not
     * batch flushes sees it (late 2018: iommu_map; accumulate: the posted iommu_map, which flushes at
     * the end; caller: iommu_legacy_map around the merged iommu_map). Returns 0 or a negative errno;
     * on failure the pages mapped before are unmapped again.
     */
    public int map(String device, Dfn dfn, Mfn mfn, int order, boolean readable, boolean writable) {
        requireAligned(dfn.value(), order, "dfn");
        requireAligned(mfn.value(), order, "mfn");
        return legacyMap(domainOf(device), dfn, mfn, order, readable, writable);
    }

    /** One {@code iommu-unmap} of 2^order frames, like {@link #map}. */
    public int unmap(String device, Dfn dfn, int order) {
        requireAligned(dfn.value(), order, "dfn");
        DomainIommu d = domainOf(device);
        IotlbFlushStrategy s = strategy();
        if (s == IotlbFlushStrategy.CALLER) {
            trace.enter("iommu_legacy_unmap");
            try {
                PendingIotlbFlush pending = new PendingIotlbFlush();
                int rc = iommuUnmap(d, dfn, order, pending, false);
                return flushUnlessDeferred(d, dfn, 1L << order, pending, rc);
            } finally {
                trace.leave();
            }
        }
        return iommuUnmap(d, dfn, order, new PendingIotlbFlush(), s == IotlbFlushStrategy.ACCUMULATE);
    }

    /**
     * A caller's explicit iommu_iotlb_flush of {@code count} frames after a batch (as
     * xenmem_add_to_physmap does once it clears the per-CPU flag): with both flush flags set.
     */
    public int flush(String device, Dfn dfn, long count) {
        return iotlbFlush(domainOf(device), dfn, count, IotlbFlushKind.MODIFIED);
    }

    /**
     * The hardware domain's initial 1:1 population (iommu_hwdom_init, via the driver's hwdom_init and
     * arch_iommu_hwdom_init) of the frames [first, first + nr), each readable and writable: late 2018
     * each page flushes as it is mapped; accumulate sets the per-CPU flag so nothing is flushed;
     * caller flushes everything once with the flags collected. VT-d then flushes everything globally
     * before it enables translation; the SMMU maps nothing (the hardware domain's p2m is shared).
     */
    public int hardwareDomainInit(Domain hwdom, Mfn first, long nr) {
        DomainIommu d = domains.get(hwdom.id());
        if (d == null) {
            throw new IllegalStateException("domain " + hwdom.name() + " has no device behind an IOMMU to initialise");
        }
        if (!(d instanceof SmmuDomain) && machine.arch() != Arch.X86_64_PV) {
            // a PVH hardware domain is mapped through its p2m (set_identity_p2m_entry), which is not modelled
            throw new IllegalStateException("the 1:1 IOMMU population of a hardware domain is modelled for x86_64-pv machines only");
        }
        trace.enter("iommu_hwdom_init");
        try {
            return switch (d) {
                case VtdDomain v -> {
                    trace.enter("intel_iommu_hwdom_init");
                    int rc = archHwdomInit(v, first, nr);
                    v.flushAllGlobal();
                    trace.leave();
                    yield rc;
                }
                case AmdViDomain a -> {
                    trace.enter("amd_iommu_hwdom_init");
                    trace.enter("allocate_domain_resources");
                    int rc = a.allocRoot();
                    trace.leave();
                    if (rc == 0) {
                        rc = archHwdomInit(a, first, nr);
                    }
                    trace.leave();
                    yield rc;
                }
                case SmmuDomain s -> 0;
            };
        } finally {
            trace.leave();
        }
    }

    /** iommu_domain_destroy: the domain's own IOMMU tables are freed. */
    public void teardown(Domain domain) {
        DomainIommu d = domains.get(domain.id());
        if (d == null) {
            return;
        }
        trace.enter("iommu_domain_destroy");
        try {
            d.teardown();
        } finally {
            trace.leave();
        }
    }

    // ---- xen/drivers/passthrough/iommu.c ----

    private int legacyMap(DomainIommu d, Dfn dfn, Mfn mfn, int order, boolean readable, boolean writable) {
        IotlbFlushStrategy s = strategy();
        if (s == IotlbFlushStrategy.CALLER) {
            trace.enter("iommu_legacy_map");
            try {
                PendingIotlbFlush pending = new PendingIotlbFlush();
                int rc = iommuMap(d, dfn, mfn, order, readable, writable, pending, false);
                return flushUnlessDeferred(d, dfn, 1L << order, pending, rc);
            } finally {
                trace.leave();
            }
        }
        return iommuMap(d, dfn, mfn, order, readable, writable, new PendingIotlbFlush(), s == IotlbFlushStrategy.ACCUMULATE);
    }

    /**
     * iommu_map: map_page for each 4 KiB page; after a failure the pages before are unmapped (in
     * reverse) and a guest is crashed. With {@code flushAtEnd} (the posted patch) the accumulated
     * flush follows, unless the per-CPU flag is set.
     */
    private int iommuMap(DomainIommu d, Dfn dfn, Mfn mfn, int order, boolean readable, boolean writable,
                         PendingIotlbFlush pending, boolean flushAtEnd) {
        trace.enter("iommu_map");
        try {
            int rc = 0;
            for (long i = 0; i < 1L << order; i++) {
                rc = d.mapPage(dfn.add(i), mfn.add(i), readable, writable, pending);
                if (rc == 0) {
                    continue;
                }
                while (i-- > 0) {
                    d.unmapPage(dfn.add(i), pending);
                }
                d.crashUnlessHardwareDomain(rc);
                break;
            }
            return flushAtEnd ? flushUnlessDeferred(d, dfn, 1L << order, pending, rc) : rc;
        } finally {
            trace.leave();
        }
    }

    /**
     * iommu_unmap: unmap_page for each page; a failure is kept (the first one) and crashes a guest,
     * which stops the loop; the hardware domain carries on.
     */
    private int iommuUnmap(DomainIommu d, Dfn dfn, int order, PendingIotlbFlush pending, boolean flushAtEnd) {
        trace.enter("iommu_unmap");
        try {
            int rc = 0;
            for (long i = 0; i < 1L << order; i++) {
                int err = d.unmapPage(dfn.add(i), pending);
                if (err == 0) {
                    continue;
                }
                if (rc == 0) {
                    rc = err;
                }
                if (d.domain.id() != 0) {
                    d.crashUnlessHardwareDomain(err);
                    break;
                }
            }
            return flushAtEnd ? flushUnlessDeferred(d, dfn, 1L << order, pending, rc) : rc;
        } finally {
            trace.leave();
        }
    }

    /** The wrappers' explicit flush, skipped while this CPU's iommu_dont_flush_iotlb is set; the first error wins. */
    private int flushUnlessDeferred(DomainIommu d, Dfn dfn, long count, PendingIotlbFlush pending, int rc) {
        if (dontFlush()) {
            return rc;
        }
        int err = iotlbFlush(d, dfn, count, pending.kind());
        return rc != 0 ? rc : err;
    }

    /** iommu_iotlb_flush: nothing without the driver op, for no page, or (since the patch) when nothing needs it. */
    private int iotlbFlush(DomainIommu d, Dfn dfn, long count, IotlbFlushKind kind) {
        trace.enter("iommu_iotlb_flush");
        try {
            if (!d.hasIotlbFlushOps() || count == 0 || (strategy() != IotlbFlushStrategy.PER_PAGE && kind == IotlbFlushKind.NONE)) {
                return 0;
            }
            return d.iotlbFlush(dfn, count, kind);
        } finally {
            trace.leave();
        }
    }

    /** iommu_iotlb_flush_all, with the caller's flags since the patch. */
    private int iotlbFlushAll(DomainIommu d, IotlbFlushKind kind) {
        trace.enter("iommu_iotlb_flush_all");
        try {
            if (!d.hasIotlbFlushOps() || (strategy() != IotlbFlushStrategy.PER_PAGE && kind == IotlbFlushKind.NONE)) {
                return 0;
            }
            return d.iotlbFlushAll(kind);
        } finally {
            trace.leave();
        }
    }

    /** arch_iommu_hwdom_init: every frame of the range mapped 1:1, readable and writable (a PV hardware domain, not strict). */
    private int archHwdomInit(DomainIommu d, Mfn first, long nr) {
        trace.enter("arch_iommu_hwdom_init");
        try {
            IotlbFlushStrategy s = strategy();
            // the merged code collects the flags of every page; the others flush (or not) page by page
            PendingIotlbFlush collected = new PendingIotlbFlush();
            if (s == IotlbFlushStrategy.ACCUMULATE) {
                setDontFlush(true);
            }
            int firstError = 0;
            for (long i = 0; i < nr; i++) {
                PendingIotlbFlush pending = s == IotlbFlushStrategy.CALLER ? collected : new PendingIotlbFlush();
                int rc = iommuMap(d, new Dfn(first.value() + i), first.add(i), 0, true, true, pending, s == IotlbFlushStrategy.ACCUMULATE);
                if (firstError == 0) {
                    firstError = rc;
                }
            }
            if (s == IotlbFlushStrategy.ACCUMULATE) {
                setDontFlush(false);
            } else if (s == IotlbFlushStrategy.CALLER) {
                iotlbFlushAll(d, collected.kind());
            }
            return firstError;
        } finally {
            trace.leave();
        }
    }

    private DomainIommu domainOf(String device) {
        DeviceContext c = devices.get(device);
        if (c == null) {
            throw new IllegalArgumentException("no device " + device + " is assigned (known: " + String.join(", ", devices.keySet()) + ")");
        }
        return domains.get(c.domain().id());
    }

    private static void requireAligned(long frame, int order, String what) {
        if (order < 0 || order > 18 || (frame & ((1L << order) - 1)) != 0) {
            throw new IllegalArgumentException(what + " " + Long.toHexString(frame) + " is not aligned to order " + order);
        }
    }
}
