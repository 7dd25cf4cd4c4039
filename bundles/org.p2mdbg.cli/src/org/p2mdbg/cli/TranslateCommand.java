package org.p2mdbg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.p2mdbg.core.diff.TableTree;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;
import org.p2mdbg.core.xen.arm.P2m;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code p2mdbg translate FILE --domain D (--gfn N | --ipa A | --va A | --dfn N --device X)}: runs the
 * scenario, then walks one address through the domain's p2m (or Xen's own tables, {@code --domain xen},
 * or a device's IOMMU tables, {@link IommuWalk}) level by level without tracing, and shows every
 * descriptor read with its fields decoded.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Walks one address through a domain's p2m (or Xen's tables) after running the scenario.")
final class TranslateCommand implements Callable<Integer> {
    /** The name that selects Xen's own page tables instead of a domain's p2m. */
    static final String XEN = TableTree.XEN;
    /** Xen's arm64 virtual addresses are 48 bits wide. */
    static final int VA_BITS = 48;

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioInput input;

    @Option(names = "--domain", required = true, paramLabel = "D", description = "a domain of the scenario, or xen")
    String domain;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Address at;

    @Option(names = "--json", description = "print the walk as one JSON object")
    boolean json;

    /** Exactly one input address. */
    static final class Address {
        @Option(names = "--gfn", paramLabel = "N", converter = AddressConverter.class, description = "a guest frame number")
        Long gfn;

        @Option(names = "--ipa", paramLabel = "A", converter = AddressConverter.class, description = "a guest physical address")
        Long ipa;

        @Option(names = "--va", paramLabel = "A", converter = AddressConverter.class, description = "a virtual address of Xen (--domain xen)")
        Long va;

        @Option(names = "--dfn", paramLabel = "N", converter = AddressConverter.class, description = "a device frame number (with --device)")
        Long dfn;
    }

    @Option(names = "--device", paramLabel = "X", description = "the device whose IOMMU tables --dfn walks")
    String device;

    /** What is walked: the tables, the frame number that indexes them, and how the user named it. */
    private record Target(WalkRequest request, long frame, long address, String inputName, long inputValue) {}

    @Override public Integer call() throws IOException {
        RunResult r = input.load().result();
        if ((at.dfn == null) != (device == null)) {
            throw new BadInputException("--dfn and --device go together: a device frame number is walked through that device's tables");
        }
        if (at.dfn != null) {
            return iommu(r);
        }
        Target t = domain.equals(XEN) ? xenTarget(r) : p2mTarget(r.machine());
        WalkResult walk = Walker.walk(r.machine().frames()::peek, t.request(), t.frame());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(json(r, t, walk)));
        } else {
            text(out, t, walk);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Integer iommu(RunResult r) throws IOException {
        IommuWalk w = IommuWalk.of(r, domain, device, at.dfn);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(w.json(r)));
        } else {
            w.text(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Target xenTarget(RunResult r) {
        if (at.va == null) {
            throw new BadInputException("--domain xen walks Xen's own tables: give --va, not --gfn or --ipa");
        }
        if (r.xenPageTables() == null) {
            throw new BadInputException("the scenario never updated Xen's page tables (no xen-pt statement): nothing to walk");
        }
        if (at.va >>> VA_BITS != 0) {
            throw new BadInputException("expected a virtual address below 2^" + VA_BITS + ", found " + Hex.of(at.va));
        }
        return new Target(r.xenPageTables().walkRequest(), at.va >>> Mfn.PAGE_SHIFT, at.va, "va", at.va);
    }

    private Target p2mTarget(Machine machine) {
        if (at.va != null) {
            throw new BadInputException("--va walks Xen's own tables: use it with --domain xen");
        }
        P2m p2m = p2m(machine);
        int frameBits = machine.virtPaging().ipaBits() - Mfn.PAGE_SHIFT;
        boolean byIpa = at.ipa != null;
        long frame = byIpa ? at.ipa >>> Mfn.PAGE_SHIFT : at.gfn;
        if (frame >>> frameBits != 0) {
            throw new BadInputException("expected an address inside the " + machine.virtPaging().ipaBits() + "-bit IPA space of "
                    + domain + ", found " + (byIpa ? "ipa " + Hex.of(at.ipa) : "gfn " + Hex.of(at.gfn)));
        }
        return byIpa ? new Target(p2m.walkRequest(), frame, at.ipa, "ipa", at.ipa)
                : new Target(p2m.walkRequest(), frame, frame << Mfn.PAGE_SHIFT, "gfn", frame);
    }

    private P2m p2m(Machine machine) {
        Domain d = machine.domain(domain).orElseThrow(() -> new BadInputException("no domain '" + domain + "' in the scenario (known: "
                + String.join(", ", machine.domains().stream().map(Domain::name).toList()) + ", " + XEN + ")"));
        if (!machine.arch().isArm()) {
            throw new BadInputException("translate walks Arm tables; this machine is " + machine.arch().scenarioName());
        }
        P2m p2m = d.p2m();
        if (!p2m.root().isValid()) {
            throw new BadInputException("the p2m of " + domain + " was torn down: nothing to walk");
        }
        return p2m;
    }

    private void text(PrintWriter out, Target t, WalkResult walk) {
        WalkRequest request = t.request();
        out.printf("%s %s of %s: %s walk from the level-%d root at mfn %s (%d page%s)%n", t.inputName(), Hex.of(t.inputValue()), domain,
                request.stage().name().toLowerCase(Locale.ROOT), request.rootLevel(), request.root(), request.rootPages(),
                request.rootPages() == 1 ? "" : "s");
        for (WalkStep s : walk.steps()) {
            DecodedStep.print(out, s, Lpae.describe(s.descriptor(), s.level()), Lpae.decode(s.descriptor(), s.level(), request.stage()));
        }
        if (walk.isMapped()) {
            out.printf("mapped: mfn %s, pa %s, order %d (%s)%n", walk.output(), Hex.of(pa(walk, t.address())), walk.order(), size(walk.order()));
        } else {
            out.printf("not mapped: the walk stopped at level %d (a hole of order %d, %s)%n", walk.faultLevel(), walk.order(),
                    size(walk.order()));
        }
    }

    private ObjectNode json(RunResult r, Target t, WalkResult walk) {
        WalkRequest request = t.request();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("scenario", RunJson.fileName(r.scenario().name()));
        o.put("domain", domain);
        o.put(t.inputName(), Hex.of(t.inputValue()));
        o.put("stage", request.stage().name().toLowerCase(Locale.ROOT));
        o.put("root", request.root().toString());
        o.put("root_level", request.rootLevel());
        o.put("root_pages", request.rootPages());
        ArrayNode steps = o.putArray("steps");
        for (WalkStep s : walk.steps()) {
            DecodedStep.add(steps, s, Lpae.describe(s.descriptor(), s.level()), Lpae.decode(s.descriptor(), s.level(), request.stage()));
        }
        o.put("mapped", walk.isMapped());
        o.put("mfn", walk.isMapped() ? Hex.of(walk.output().value()) : null);
        o.put("pa", walk.isMapped() ? Hex.of(pa(walk, t.address())) : null);
        o.put("order", walk.order());
        if (walk.isMapped()) {
            o.putNull("fault_level");
        } else {
            o.put("fault_level", walk.faultLevel());
        }
        return o;
    }

    private static long pa(WalkResult walk, long address) {
        return walk.output().value() << Mfn.PAGE_SHIFT | (address & (Mfn.PAGE_SIZE - 1));
    }

    private static String size(int order) {
        long kib = 4L << order;
        return kib >= 1 << 20 ? (kib >> 20) + " GiB" : kib >= 1 << 10 ? (kib >> 10) + " MiB" : kib + " KiB";
    }
}
