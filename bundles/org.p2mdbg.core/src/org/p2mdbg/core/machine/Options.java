package org.p2mdbg.core.machine;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.p2mdbg.core.x86pv.PvExitStrategy;
import org.p2mdbg.core.xen.arm.pt.XenPtVariant;

/**
 * The scenario's {@code option name=value} settings: which variant of each algorithm runs and
 * what the host looks like. Domains read the host settings when they are created, as Xen reads
 * them in p2m_init.
 */
public final class Options {
    private static final List<String> NAMES = List.of("relinquish", "preempt", "xen-pt", "iommu-flush", "mem-access", "iommu-walk",
            "iommu-caching-mode", "pv-exit");
    private static final List<String> IOMMU_FLUSH = List.of("per-page", "accumulate", "caller");
    private static final List<String> ON_OFF = List.of("on", "off");
    private static final List<String> IOMMU_WALK = List.of("coherent", "non-coherent");

    private RelinquishStrategy relinquish = RelinquishStrategy.REMOVE;
    private PreemptPolicy preempt = PreemptPolicy.never();
    private XenPtVariant xenPt = XenPtVariant.RFC;
    private String iommuFlush = "per-page";
    private boolean memAccess;
    private boolean iommuCoherentWalk = true;
    private boolean iommuCachingMode;
    private PvExitStrategy pvExit = PvExitStrategy.DROP_REFS;

    public RelinquishStrategy relinquish() { return relinquish; }

    public PreemptPolicy preempt() { return preempt; }

    public XenPtVariant xenPt() { return xenPt; }

    /** How IOTLB flushes are accounted (seed 003): per-page, accumulate or caller. */
    public String iommuFlush() { return iommuFlush; }

    /** Whether mem_access is enabled on new p2ms (p2m_set_entry then maps 4 KiB by 4 KiB). */
    public boolean memAccess() { return memAccess; }

    /**
     * Whether the IOMMU walks page tables coherently; when not, every p2m write is followed by a
     * cache clean (Xen's p2m->clean_pte).
     */
    public boolean iommuCoherentWalk() { return iommuCoherentWalk; }

    /** VT-d's cap_caching_mode (an emulated IOMMU): not-present entries are cached too, so adding one needs a flush. */
    public boolean iommuCachingMode() { return iommuCachingMode; }

    /** How a PV guest's exiting mm leaves its pinned tables when a pv-exit statement names no strategy (seed 002). */
    public PvExitStrategy pvExit() { return pvExit; }

    public void set(String name, String value) {
        switch (name) {
            case "relinquish" -> relinquish = oneOf(name, value, RelinquishStrategy.values(), RelinquishStrategy::scenarioName);
            case "preempt" -> {
                try {
                    preempt = PreemptPolicy.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("bad value " + value + " for option preempt (expected never, always, every:N or at:N[,N...])", e);
                }
            }
            case "xen-pt" -> xenPt = oneOf(name, value, XenPtVariant.values(), XenPtVariant::scenarioName);
            case "iommu-flush" -> iommuFlush = oneOf(name, value, IOMMU_FLUSH.toArray(String[]::new), s -> s);
            case "mem-access" -> memAccess = oneOf(name, value, ON_OFF.toArray(String[]::new), s -> s).equals("on");
            case "iommu-walk" -> iommuCoherentWalk = oneOf(name, value, IOMMU_WALK.toArray(String[]::new), s -> s).equals("coherent");
            case "iommu-caching-mode" -> iommuCachingMode = oneOf(name, value, ON_OFF.toArray(String[]::new), s -> s).equals("on");
            case "pv-exit" -> pvExit = oneOf(name, value, PvExitStrategy.values(), PvExitStrategy::scenarioName);
            default -> throw new IllegalArgumentException("unknown option " + name + " (known: " + String.join(", ", NAMES) + ")");
        }
    }

    public Options copy() {
        Options o = new Options();
        o.relinquish = relinquish;
        o.preempt = preempt;
        o.xenPt = xenPt;
        o.iommuFlush = iommuFlush;
        o.memAccess = memAccess;
        o.iommuCoherentWalk = iommuCoherentWalk;
        o.iommuCachingMode = iommuCachingMode;
        o.pvExit = pvExit;
        return o;
    }

    @Override public String toString() {
        return "relinquish=" + relinquish.scenarioName() + " preempt=" + preempt + " xen-pt=" + xenPt.scenarioName()
                + " iommu-flush=" + iommuFlush + " mem-access=" + (memAccess ? "on" : "off")
                + " iommu-walk=" + (iommuCoherentWalk ? "coherent" : "non-coherent")
                + " iommu-caching-mode=" + (iommuCachingMode ? "on" : "off") + " pv-exit=" + pvExit.scenarioName();
    }

    private static <T> T oneOf(String name, String value, T[] choices, java.util.function.Function<T, String> spelling) {
        for (T c : choices) {
            if (spelling.apply(c).equals(value)) {
                return c;
            }
        }
        String expected = Arrays.stream(choices).map(spelling).collect(Collectors.joining(" | "));
        throw new IllegalArgumentException("bad value " + value + " for option " + name + " (expected " + expected + ")");
    }
}
