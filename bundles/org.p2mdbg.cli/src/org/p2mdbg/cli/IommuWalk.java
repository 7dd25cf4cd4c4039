package org.p2mdbg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.iommu.DeviceContext;
import org.p2mdbg.core.iommu.IommuContexts;
import org.p2mdbg.core.iommu.IommuTranslation;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.walk.WalkStep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code translate --dfn N --device X}: the device's view of one DMA frame after the run, the walk of
 * its IOMMU's tables (VT-d second-level entries, AMD-Vi I/O page-table entries, or the stage-2 p2m an
 * Arm SMMU shares) with every entry decoded in its own format.
 */
final class IommuWalk {
    private final DeviceContext device;
    private final long dfn;
    private final IommuTranslation walk;

    private IommuWalk(DeviceContext device, long dfn, IommuTranslation walk) {
        this.device = device;
        this.dfn = dfn;
        this.walk = walk;
    }

    /** The walk of {@code dfn} through the tables of {@code deviceName}, which must belong to {@code domain}. */
    static IommuWalk of(RunResult r, String domain, String deviceName, long dfn) {
        IommuContexts iommus = r.systems().iommus()
                .orElseThrow(() -> new BadInputException("the scenario declares no device: no IOMMU tables to walk"));
        DeviceContext d = iommus.device(deviceName).orElseThrow(() -> new BadInputException("no device '" + deviceName
                + "' in the scenario (known: " + String.join(", ", iommus.devices().stream().map(DeviceContext::name).toList()) + ")"));
        if (!d.domain().name().equals(domain)) {
            throw new BadInputException("device " + deviceName + " belongs to " + d.domain().name() + ", not " + domain);
        }
        if (dfn >>> (64 - Mfn.PAGE_SHIFT) != 0) {
            throw new BadInputException("expected a device frame number below 2^52, found " + Hex.of(dfn));
        }
        return new IommuWalk(d, dfn, iommus.translate(deviceName, new Dfn(dfn)));
    }

    private String describe(WalkStep s) {
        return switch (device.kind()) {
            case VTD -> VtdPte.describe(s.descriptor(), s.level());
            case AMDVI -> AmdViPte.describe(s.descriptor(), s.level());
            case SMMU -> Lpae.describe(s.descriptor(), s.level());
        };
    }

    private List<DecodedField> decode(WalkStep s) {
        return switch (device.kind()) {
            case VTD -> VtdPte.decode(s.descriptor(), s.level());
            case AMDVI -> AmdViPte.decode(s.descriptor(), s.level());
            case SMMU -> Lpae.decode(s.descriptor(), s.level(), Stage.STAGE2);
        };
    }

    private String access() { return (walk.readable() ? "r" : "-") + (walk.writable() ? "w" : "-"); }

    void text(PrintWriter out) {
        out.printf("dfn %s of %s (%s, %s): %s%n", Hex.of(dfn), device.name(), device.kind().scenarioName(), device.domain().name(),
                walk.steps().isEmpty() ? "no tables" : "walk from the level-" + walk.steps().get(0).level() + " table at mfn "
                        + walk.steps().get(0).table());
        for (WalkStep s : walk.steps()) {
            DecodedStep.print(out, s, describe(s), decode(s));
        }
        if (walk.isMapped()) {
            out.printf("mapped: mfn %s, %s%n", walk.mfn(), access());
        } else {
            out.printf("not mapped%n");
        }
    }

    ObjectNode json(RunResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("scenario", RunJson.fileName(r.scenario().name()));
        o.put("domain", device.domain().name());
        o.put("device", device.name());
        o.put("iommu", device.kind().scenarioName());
        o.put("dfn", Hex.of(dfn));
        ArrayNode steps = o.putArray("steps");
        for (WalkStep s : walk.steps()) {
            DecodedStep.add(steps, s, describe(s), decode(s));
        }
        o.put("mapped", walk.isMapped());
        o.put("mfn", walk.isMapped() ? Hex.of(walk.mfn().value()) : null);
        o.put("access", walk.isMapped() ? access() : null);
        return o;
    }
}
