package org.p2mdbg.core.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.p2mdbg.core.iommu.IommuKind;
import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Dfn;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Ipa;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;
import org.p2mdbg.core.scenario.ast.CheckpointStatement;
import org.p2mdbg.core.scenario.ast.DeviceStatement;
import org.p2mdbg.core.scenario.ast.DomainStatement;
import org.p2mdbg.core.scenario.ast.DomainStep;
import org.p2mdbg.core.scenario.ast.DomainStepStatement;
import org.p2mdbg.core.scenario.ast.ForeignFrames;
import org.p2mdbg.core.scenario.ast.IommuDontFlushStatement;
import org.p2mdbg.core.scenario.ast.IommuFlushStatement;
import org.p2mdbg.core.scenario.ast.IommuHwdomStatement;
import org.p2mdbg.core.scenario.ast.IommuMapStatement;
import org.p2mdbg.core.scenario.ast.IommuUnmapStatement;
import org.p2mdbg.core.scenario.ast.MachineFrames;
import org.p2mdbg.core.scenario.ast.MachineStatement;
import org.p2mdbg.core.scenario.ast.MapSource;
import org.p2mdbg.core.scenario.ast.MapStatement;
import org.p2mdbg.core.scenario.ast.OptionStatement;
import org.p2mdbg.core.scenario.ast.PopulateStatement;
import org.p2mdbg.core.scenario.ast.PvCr3Statement;
import org.p2mdbg.core.scenario.ast.PvExitStatement;
import org.p2mdbg.core.scenario.ast.PvMapStatement;
import org.p2mdbg.core.scenario.ast.PvPinStatement;
import org.p2mdbg.core.scenario.ast.Scenario;
import org.p2mdbg.core.scenario.ast.SourcePos;
import org.p2mdbg.core.scenario.ast.Statement;
import org.p2mdbg.core.scenario.ast.UnmapStatement;
import org.p2mdbg.core.scenario.ast.VlptAction;
import org.p2mdbg.core.scenario.ast.VlptStatement;
import org.p2mdbg.core.scenario.ast.XenPtAction;
import org.p2mdbg.core.scenario.ast.XenPtStatement;
import org.p2mdbg.core.x86pv.PvAddressSpace;
import org.p2mdbg.core.x86pv.PvExitStrategy;
import org.p2mdbg.core.xen.arm.P2mType;
import org.p2mdbg.core.xen.arm.VirtPaging;
import org.p2mdbg.core.xen.arm.pt.XenPtFlags;

/**
 * Parses and checks a scenario (SCENARIOS.md): every statement against the ones before it, so a
 * scenario that parses refers only to declared domains and devices, stays inside the machine's
 * address sizes and never asks for more frames than the machine has. Nothing is run here.
 */
public final class ScenarioParser {
    /** The most frames one statement may cover: every loop and allocation is bounded by it. */
    public static final long MAX_FRAMES_PER_STATEMENT = 1L << 24;
    /** Domain ids at and above DOMID_FIRST_RESERVED (xen/include/public/xen.h) are Xen's own. */
    public static final int DOMID_FIRST_RESERVED = 0x7FF0;
    /** MAX_VIRT_CPUS (Xen 4.8 asm-arm/config.h): 128 on arm64, 8 on arm32. */
    private static final int MAX_VCPUS = 128;
    private static final int ARM32_MAX_VCPUS = 8;
    /** A 48-bit output address: the LPAE descriptor's OA field [47:12] holds 36 bits of MFN. */
    private static final int MFN_BITS = 36;
    /** Xen's arm64 virtual address space is 48 bits wide; arm32's is 32. */
    private static final int ARM64_VA_BITS = 48;
    private static final int ARM32_VA_BITS = 32;
    /** Guest physical frames on x86: 52-bit physical addresses. */
    private static final int X86_PADDR_BITS = 52;
    /** The smallest and largest machine memory a scenario may ask for (1 MiB .. FrameStore's 2^28 frames). */
    private static final long MIN_MEMORY_FRAMES = 256;
    private static final long MAX_MEMORY_FRAMES = 1L << 28;
    private static final int MAX_IOMMU_ORDER = 18;
    /** A PV mm's mm_cpumask is one word here: at most 64 vCPUs. */
    private static final int MAX_PV_VCPUS = 64;
    /** d->max_pages is an unsigned int. */
    private static final long MAX_PAGES_LIMIT = 0xFFFFFFFFL;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final List<String> KEYWORDS = List.of("machine", "option", "domain", "populate", "map", "unmap", "xen-pt",
            "destroy", "relinquish", "teardown", "checkpoint", "device", "iommu-map", "iommu-unmap", "iommu-flush", "iommu-dont-flush",
            "iommu-hwdom", "vlpt", "pv-map", "pv-pin", "pv-cr3", "pv-exit");

    private final String file;
    private final List<Statement> statements = new ArrayList<>();
    private MachineStatement machine;
    private final Options options = new Options();
    private final Map<String, DomainStatement> domains = new HashMap<>();
    /** Domains destroyed or torn down: no statement may use them again (Xen has forgotten them). */
    private final Map<String, DomainStepStatement> gone = new HashMap<>();
    private final Map<Integer, DomainStatement> domainIds = new HashMap<>();
    private final Map<String, DeviceStatement> devices = new HashMap<>();
    /** PV domains whose process mm has exited: no pv statement may use it again. */
    private final Map<String, PvExitStatement> exited = new HashMap<>();
    private final Map<String, CheckpointStatement> checkpoints = new HashMap<>();

    private ScenarioParser(String file) { this.file = file; }

    /** Parses a scenario held in a string; {@code file} is the name its errors carry. */
    public static Scenario parse(String file, String source) {
        ScenarioParser p = new ScenarioParser(file);
        for (RawStatement raw : ScenarioLexer.statements(file, source)) {
            p.statements.add(p.statement(raw));
        }
        if (p.machine == null) {
            throw new ScenarioException(new SourcePos(file, 1, 1), "expected a 'machine' statement, found an empty scenario");
        }
        return new Scenario(file, p.statements);
    }

    private Statement statement(RawStatement raw) {
        String keyword = raw.keyword().text();
        if (machine == null && !keyword.equals("machine")) {
            if (!KEYWORDS.contains(keyword)) {
                throw unknownStatement(raw);
            }
            throw raw.error(raw.keyword().column(), "expected 'machine' first, found " + raw.keyword().quoted());
        }
        return switch (keyword) {
            case "machine" -> machine(raw);
            case "option" -> option(raw);
            case "domain" -> domain(raw);
            case "populate" -> populate(raw);
            case "map" -> map(raw);
            case "unmap" -> unmap(raw);
            case "xen-pt" -> xenPt(raw);
            case "destroy" -> domainStep(raw, DomainStep.DESTROY);
            case "relinquish" -> domainStep(raw, DomainStep.RELINQUISH);
            case "teardown" -> domainStep(raw, DomainStep.TEARDOWN);
            case "checkpoint" -> checkpoint(raw);
            case "device" -> device(raw);
            case "iommu-map" -> iommuMap(raw);
            case "iommu-unmap" -> iommuUnmap(raw);
            case "iommu-flush" -> iommuFlush(raw);
            case "iommu-dont-flush" -> iommuDontFlush(raw);
            case "iommu-hwdom" -> iommuHwdom(raw);
            case "vlpt" -> vlpt(raw);
            case "pv-map" -> pvMap(raw);
            case "pv-pin" -> pvPin(raw);
            case "pv-cr3" -> pvCr3(raw);
            case "pv-exit" -> pvExit(raw);
            default -> throw unknownStatement(raw);
        };
    }

    private static ScenarioException unknownStatement(RawStatement raw) {
        return raw.error(raw.keyword().column(), "expected a statement (" + String.join(", ", KEYWORDS) + "), found " + raw.keyword().quoted());
    }

    // ---- statements ----

    private MachineStatement machine(RawStatement raw) {
        if (machine != null) {
            throw raw.error(raw.keyword().column(), "expected one 'machine' statement, found a second one (the first is at line "
                    + machine.pos().line() + ")");
        }
        StatementArgs a = new StatementArgs(raw, List.of("ipa", "memory"));
        Word archWord = a.positional("an architecture (arm64, arm32, x86_64-pv, x86_64-hvm)");
        Arch arch = choose(a, archWord.text(), archWord.column(), Arch.values(), Arch::scenarioName, "an architecture");
        a.noMorePositionals();
        int ipa = 40;
        if (a.has("ipa")) {
            KeyValue kv = a.required("ipa");
            ipa = (int) bounded(a, kv, number(a, kv), 32, 52, "ipa");
            if (arch.isArm()) {
                try {
                    VirtPaging.of(arch, ipa);
                } catch (IllegalArgumentException e) {
                    throw a.error(kv, e.getMessage());
                }
            }
        }
        long frames = Machine.DEFAULT_MAX_FRAMES;
        if (a.has("memory")) {
            KeyValue kv = a.required("memory");
            long bytes = size(a, kv);
            if ((bytes & (Mfn.PAGE_SIZE - 1)) != 0) {
                throw a.error(kv, "expected a memory size that is a multiple of 4K, found '" + kv.value() + "'");
            }
            frames = bounded(a, kv, bytes >>> Mfn.PAGE_SHIFT, MIN_MEMORY_FRAMES, MAX_MEMORY_FRAMES, "memory in 4 KiB frames");
        }
        machine = new MachineStatement(raw.pos(), raw.text(), arch, ipa, frames);
        return machine;
    }

    private OptionStatement option(RawStatement raw) {
        List<Word> words = raw.words();
        if (words.size() < 2) {
            throw raw.error(raw.endColumn(), "expected NAME=VALUE after 'option', found end of statement");
        }
        Word w = words.get(1);
        if (!w.isKeyValue()) {
            throw raw.error(w.column(), "expected NAME=VALUE after 'option', found " + w.quoted());
        }
        if (words.size() > 2) {
            throw raw.error(words.get(2).column(), "expected end of statement after " + w.quoted() + ", found "
                    + words.get(2).quoted());
        }
        int eq = w.text().indexOf('=');
        String name = w.text().substring(0, eq);
        String value = w.text().substring(eq + 1);
        try {
            options.set(name, value);
        } catch (IllegalArgumentException e) {
            int column = e.getMessage().startsWith("unknown option") ? w.column() : w.column() + eq + 1;
            throw raw.error(column, e.getMessage());
        }
        return new OptionStatement(raw.pos(), raw.text(), name, value);
    }

    private DomainStatement domain(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("id", "vcpus"));
        Word nameWord = a.positional("a domain name");
        a.noMorePositionals();
        String name = name(a, nameWord, "domain name");
        if (name.equals("xen")) {
            throw a.error(nameWord, "expected a domain name other than 'xen' (the name of Xen's own tables), found 'xen'");
        }
        DomainStatement same = domains.get(name);
        if (same != null) {
            throw a.error(nameWord, "expected a new domain name, found " + nameWord.quoted() + " (declared at line "
                    + same.pos().line() + ")");
        }
        KeyValue idKv = a.required("id");
        int id = (int) bounded(a, idKv, number(a, idKv), 0, DOMID_FIRST_RESERVED - 1, "id");
        DomainStatement sameId = domainIds.get(id);
        if (sameId != null) {
            throw a.error(idKv, "expected an unused domain id, found " + id + " (the id of '" + sameId.name() + "', line "
                    + sameId.pos().line() + ")");
        }
        int vcpus = 1;
        if (a.has("vcpus")) {
            KeyValue kv = a.required("vcpus");
            vcpus = (int) bounded(a, kv, number(a, kv), 1, machine.arch() == Arch.ARM32 ? ARM32_MAX_VCPUS : MAX_VCPUS, "vcpus");
        }
        DomainStatement d = new DomainStatement(raw.pos(), raw.text(), name, id, vcpus);
        domains.put(name, d);
        domainIds.put(id, d);
        return d;
    }

    private PopulateStatement populate(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("gfn", "nr", "size"));
        String d = declaredDomain(a);
        a.noMorePositionals();
        long nr = frameCount(a, true);
        Gfn gfn = gfnRange(a, a.required("gfn"), nr);
        return new PopulateStatement(raw.pos(), raw.text(), d, gfn, nr);
    }

    private MapStatement map(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("gfn", "nr", "size", "mfn", "type", "foreign"));
        String d = declaredDomain(a);
        a.noMorePositionals();
        long nr = frameCount(a, false);
        Gfn gfn = gfnRange(a, a.required("gfn"), nr);
        KeyValue source = a.oneOf("mfn", "foreign");
        MapSource from;
        if (source.key().equals("mfn")) {
            Mfn mfn = mfnRange(a, source, nr);
            KeyValue typeKv = a.required("type");
            P2mType type = choose(a, typeKv.value(), typeKv.valueColumn(), P2mType.values(), P2mType::scenarioName, "a p2m type");
            if (type.isForeign()) {
                throw a.error(typeKv, "expected a type other than 'map_foreign' (foreign pages are mapped with foreign=DOM:GFN), "
                        + "found 'map_foreign'");
            }
            from = new MachineFrames(mfn, type);
        } else {
            a.optional("type").ifPresent(t -> {
                throw raw.error(t.keyColumn(), "expected no 'type=' with 'foreign=' (foreign pages are map_foreign), found 'type='");
            });
            from = foreign(a, source, nr);
        }
        return new MapStatement(raw.pos(), raw.text(), d, gfn, nr, from);
    }

    /** {@code foreign=DOM:GFN}: a declared domain and a GFN range inside its address space. */
    private ForeignFrames foreign(StatementArgs a, KeyValue kv, long nr) {
        int colon = kv.value().indexOf(':');
        if (colon < 0) {
            throw a.error(kv, "expected DOMAIN:GFN after 'foreign=', found '" + kv.value() + "'");
        }
        String owner = existingDomain(a, kv.value().substring(0, colon), kv.valueColumn());
        KeyValue gfnPart = new KeyValue(kv.key(), kv.value().substring(colon + 1), kv.keyColumn(), kv.valueColumn() + colon + 1);
        long gfn = number(a, gfnPart);
        checkBelow(a, gfnPart, gfn, nr, gfnBits(), "the foreign gfn + nr", "gfn=" + gfnPart.value() + " nr=" + Hex.of(nr));
        return new ForeignFrames(owner, new Gfn(gfn));
    }

    private UnmapStatement unmap(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("gfn", "nr", "size"));
        String d = declaredDomain(a);
        a.noMorePositionals();
        long nr = frameCount(a, false);
        Gfn gfn = gfnRange(a, a.required("gfn"), nr);
        return new UnmapStatement(raw.pos(), raw.text(), d, gfn, nr);
    }

    private XenPtStatement xenPt(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("virt", "nr", "size", "mfn", "flags"));
        Word actionWord = a.positional("map, remove, modify or populate");
        XenPtAction action = choose(a, actionWord.text(), actionWord.column(), XenPtAction.values(), XenPtAction::scenarioName,
                "an xen-pt action");
        a.noMorePositionals();
        boolean takesMfn = action == XenPtAction.MAP;
        if (!takesMfn) {
            a.optional("mfn").ifPresent(kv -> { throw notTaken(raw, kv, "xen-pt " + action.scenarioName()); });
        }
        if (action == XenPtAction.POPULATE) {
            a.optional("flags").ifPresent(kv -> { throw notTaken(raw, kv, "xen-pt " + action.scenarioName()); });
        }
        long nr = frameCount(a, false);
        KeyValue virtKv = a.required("virt");
        long virt = number(a, virtKv);
        if ((virt & (Mfn.PAGE_SIZE - 1)) != 0) {
            throw a.error(virtKv, "expected virt aligned to 4K, found '" + virtKv.value() + "'");
        }
        checkBelow(a, virtKv, virt >>> Mfn.PAGE_SHIFT, nr, vaBits() - Mfn.PAGE_SHIFT, "virt/4K + nr",
                "virt=" + virtKv.value() + " nr=" + Hex.of(nr));
        Mfn mfn = takesMfn ? mfnRange(a, a.required("mfn"), nr) : Mfn.INVALID;
        int flags = switch (action) {
            case MAP, MODIFY -> flags(a, a.required("flags"));
            case REMOVE -> a.optional("flags").map(kv -> removeFlags(a, kv)).orElse(0);
            case POPULATE -> 0;
        };
        return new XenPtStatement(raw.pos(), raw.text(), action, new Va(virt), mfn, nr, flags);
    }

    private static int flags(StatementArgs a, KeyValue kv) {
        try {
            return XenPtFlags.parse(kv.value());
        } catch (IllegalArgumentException e) {
            throw a.error(kv, "expected flag words after 'flags=': " + e.getMessage());
        }
    }

    /**
     * A removal passes no permission (destroy_xen_mappings passes 0); only the words that keep it
     * a removal are accepted, so that a caller removing with _PAGE_BLOCK can be written.
     */
    private static int removeFlags(StatementArgs a, KeyValue kv) {
        int flags = flags(a, kv);
        if (XenPtFlags.isPresent(flags) || XenPtFlags.isPopulate(flags)) {
            throw a.error(kv, "expected only block or xn in 'xen-pt remove', found '" + kv.value() + "'");
        }
        return flags;
    }

    /** A key the statement's form does not take, e.g. {@code ipa=} in {@code vlpt switch}. */
    private static ScenarioException notTaken(RawStatement raw, KeyValue kv, String form) {
        return raw.error(kv.keyColumn(), "expected no " + kv.label() + " in '" + form + "', found " + kv.label());
    }

    private DomainStepStatement domainStep(RawStatement raw, DomainStep step) {
        DomainStepStatement s = new DomainStepStatement(raw.pos(), raw.text(), domainOnly(raw), step);
        if (step != DomainStep.RELINQUISH) {
            gone.put(s.domain(), s);
        }
        return s;
    }

    /** A statement whose only argument is a declared domain. */
    private String domainOnly(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of());
        String d = declaredDomain(a);
        a.noMorePositionals();
        return d;
    }

    private CheckpointStatement checkpoint(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of());
        Word w = a.positional("a checkpoint name");
        a.noMorePositionals();
        String name = name(a, w, "checkpoint name");
        CheckpointStatement same = checkpoints.get(name);
        if (same != null) {
            throw a.error(w, "expected a new checkpoint name, found " + w.quoted() + " (used at line " + same.pos().line() + ")");
        }
        CheckpointStatement c = new CheckpointStatement(raw.pos(), raw.text(), name);
        checkpoints.put(name, c);
        return c;
    }

    private DeviceStatement device(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("iommu", "domain"));
        Word w = a.positional("a device name");
        a.noMorePositionals();
        String name = name(a, w, "device name");
        DeviceStatement same = devices.get(name);
        if (same != null) {
            throw a.error(w, "expected a new device name, found " + w.quoted() + " (declared at line " + same.pos().line() + ")");
        }
        KeyValue iommuKv = a.required("iommu");
        IommuKind iommu = choose(a, iommuKv.value(), iommuKv.valueColumn(), IommuKind.values(), IommuKind::scenarioName, "an IOMMU");
        KeyValue domainKv = a.required("domain");
        String domain = existingDomain(a, domainKv.value(), domainKv.valueColumn());
        DeviceStatement dev = new DeviceStatement(raw.pos(), raw.text(), name, iommu, domain);
        devices.put(name, dev);
        return dev;
    }

    private IommuMapStatement iommuMap(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("dfn", "mfn", "order", "perm"));
        String dev = declaredDevice(a);
        a.noMorePositionals();
        int order = order(a);
        Dfn dfn = dfn(a, order);
        KeyValue mfnKv = a.required("mfn");
        Mfn mfn = mfnRange(a, mfnKv, 1L << order);
        requireAligned(a, mfnKv, mfn.value(), order, "an mfn");
        KeyValue permKv = a.required("perm");
        String perm = permKv.value();
        if (!perm.equals("r") && !perm.equals("w") && !perm.equals("rw")) {
            throw a.error(permKv, "expected r, w or rw after 'perm=', found '" + perm + "'");
        }
        return new IommuMapStatement(raw.pos(), raw.text(), dev, dfn, mfn, order, perm.contains("r"), perm.contains("w"));
    }

    private IommuUnmapStatement iommuUnmap(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("dfn", "order"));
        String dev = declaredDevice(a);
        a.noMorePositionals();
        int order = order(a);
        return new IommuUnmapStatement(raw.pos(), raw.text(), dev, dfn(a, order), order);
    }

    /** {@code iommu-flush DEV dfn=N nr=N}: the frames must lie inside the 48-bit DMA space, like a mapping's. */
    private IommuFlushStatement iommuFlush(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("dfn", "nr"));
        String dev = declaredDevice(a);
        a.noMorePositionals();
        KeyValue nrKv = a.required("nr");
        long nr = bounded(a, nrKv, number(a, nrKv), 1, MAX_FRAMES_PER_STATEMENT, "nr");
        KeyValue dfnKv = a.required("dfn");
        long dfn = number(a, dfnKv);
        checkBelow(a, dfnKv, dfn, nr, MFN_BITS, "dfn + nr", "dfn=" + dfnKv.value() + " nr=" + Hex.of(nr));
        return new IommuFlushStatement(raw.pos(), raw.text(), dev, new Dfn(dfn), nr);
    }

    private IommuDontFlushStatement iommuDontFlush(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of());
        Word w = a.positional("on or off");
        a.noMorePositionals();
        String onOff = choose(a, w.text(), w.column(), new String[] {"on", "off"}, t -> t, "the flag's new value");
        return new IommuDontFlushStatement(raw.pos(), raw.text(), onOff.equals("on"));
    }

    /** {@code iommu-hwdom D pfn=N nr=N}: D must have a device (its IOMMU kind decides what the initialisation does). */
    private IommuHwdomStatement iommuHwdom(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("pfn", "nr"));
        Word w = a.positional("a domain name");
        String d = existingDomain(a, w.text(), w.column());
        a.noMorePositionals();
        if (devices.values().stream().noneMatch(dev -> dev.domain().equals(d))) {
            throw a.error(w, "expected a domain with a device behind an IOMMU (a 'device' statement naming it), found " + w.quoted());
        }
        KeyValue nrKv = a.required("nr");
        long nr = bounded(a, nrKv, number(a, nrKv), 1, MAX_FRAMES_PER_STATEMENT, "nr");
        Mfn first = mfnRange(a, a.required("pfn"), nr);
        return new IommuHwdomStatement(raw.pos(), raw.text(), d, first, nr);
    }

    private VlptStatement vlpt(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("ipa", "max-pages"));
        Word w = a.positional("prepare, switch, lookup or fault");
        VlptAction action = choose(a, w.text(), w.column(), VlptAction.values(), VlptAction::scenarioName, "a vlpt action");
        String d = declaredDomain(a);
        a.noMorePositionals();
        Ipa ipa = null;
        if (action.takesIpa()) {
            KeyValue kv = a.required("ipa");
            long addr = number(a, kv);
            checkBelow(a, kv, addr >>> Mfn.PAGE_SHIFT, 1, gfnBits(), "ipa/4K + 1", "ipa=" + kv.value());
            ipa = new Ipa(addr);
        } else {
            a.optional("ipa").ifPresent(kv -> { throw notTaken(raw, kv, "vlpt " + action.scenarioName()); });
        }
        OptionalLong maxPages = OptionalLong.empty();
        if (action == VlptAction.PREPARE) {
            if (a.has("max-pages")) {
                KeyValue kv = a.required("max-pages");
                maxPages = OptionalLong.of(bounded(a, kv, number(a, kv), 0, MAX_PAGES_LIMIT, "max-pages"));
            }
        } else {
            a.optional("max-pages").ifPresent(kv -> { throw notTaken(raw, kv, "vlpt " + action.scenarioName()); });
        }
        return new VlptStatement(raw.pos(), raw.text(), action, d, ipa, maxPages);
    }

    /** {@code pv-map D va=A nr=N}: a page-aligned user range below USER_LIMIT, its pages allocated from the machine. */
    private PvMapStatement pvMap(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("va", "nr", "size"));
        String d = pvDomain(a);
        a.noMorePositionals();
        long nr = frameCount(a, true);
        KeyValue vaKv = a.required("va");
        long va = number(a, vaKv);
        if ((va & (Mfn.PAGE_SIZE - 1)) != 0) {
            throw a.error(vaKv, "expected va aligned to 4K, found '" + vaKv.value() + "'");
        }
        checkBelow(a, vaKv, va >>> Mfn.PAGE_SHIFT, nr, Long.numberOfTrailingZeros(PvAddressSpace.USER_LIMIT) - Mfn.PAGE_SHIFT,
                "va/4K + nr (the user half)", "va=" + vaKv.value() + " nr=" + Hex.of(nr));
        return new PvMapStatement(raw.pos(), raw.text(), d, new Va(va), nr);
    }

    private PvPinStatement pvPin(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of());
        String d = pvDomain(a);
        a.noMorePositionals();
        return new PvPinStatement(raw.pos(), raw.text(), d);
    }

    private PvCr3Statement pvCr3(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("cpu"));
        String d = pvDomain(a);
        a.noMorePositionals();
        return new PvCr3Statement(raw.pos(), raw.text(), d, cpu(a, a.required("cpu"), d));
    }

    private PvExitStatement pvExit(RawStatement raw) {
        StatementArgs a = new StatementArgs(raw, List.of("strategy", "cpu"));
        String d = pvDomain(a);
        a.noMorePositionals();
        PvExitStrategy s = null;
        if (a.has("strategy")) {
            KeyValue kv = a.required("strategy");
            s = choose(a, kv.value(), kv.valueColumn(), PvExitStrategy.values(), PvExitStrategy::scenarioName, "an exit strategy");
        }
        int cpu = a.optional("cpu").map(kv -> cpu(a, kv, d)).orElse(0);
        PvExitStatement exit = new PvExitStatement(raw.pos(), raw.text(), d, s, cpu);
        exited.put(d, exit);
        return exit;
    }

    /**
     * A declared domain whose process mm can be modelled (mm_cpumask holds its vCPUs in one word) and
     * has not exited.
     */
    private String pvDomain(StatementArgs a) {
        Word w = a.positional("a domain name");
        String d = existingDomain(a, w.text(), w.column());
        PvExitStatement exit = exited.get(d);
        if (exit != null) {
            throw a.error(w, "expected a domain whose process has not exited, found " + w.quoted() + " (pv-exit at line "
                    + exit.pos().line() + ")");
        }
        int vcpus = domains.get(d).vcpus();
        if (vcpus > MAX_PV_VCPUS) {
            throw a.error(w, "expected a domain with at most " + MAX_PV_VCPUS + " vCPUs (mm_cpumask is one word), found " + w.quoted()
                    + " with " + vcpus);
        }
        return d;
    }

    /** A CPU of the domain: its vCPUs are numbered from 0. */
    private int cpu(StatementArgs a, KeyValue kv, String domain) {
        int vcpus = domains.get(domain).vcpus();
        long cpu = number(a, kv);
        if (cpu < 0 || cpu >= vcpus) {
            throw a.error(kv, "expected a cpu of " + domain + " (it has " + vcpus + " vCPU" + (vcpus == 1 ? "" : "s") + ": 0 to "
                    + (vcpus - 1) + "), found '" + kv.value() + "'");
        }
        return (int) cpu;
    }

    // ---- arguments ----

    private String declaredDomain(StatementArgs a) {
        Word w = a.positional("a domain name");
        return existingDomain(a, w.text(), w.column());
    }

    /** A domain declared before and neither destroyed nor torn down since. */
    private String existingDomain(StatementArgs a, String name, int column) {
        if (!domains.containsKey(name)) {
            throw a.raw().error(column, "expected a declared domain (" + declaredDomains() + "), found " + Word.quote(name));
        }
        DomainStepStatement end = gone.get(name);
        if (end != null) {
            throw a.raw().error(column, "expected a domain that still exists, found " + Word.quote(name) + " ("
                    + ended(end) + ")");
        }
        return name;
    }

    /** How a domain went away: "destroyed at line 5". */
    private static String ended(DomainStepStatement end) {
        return (end.step() == DomainStep.DESTROY ? "destroyed" : "torn down") + " at line " + end.pos().line();
    }

    private String declaredDevice(StatementArgs a) {
        Word w = a.positional("a device name");
        if (!devices.containsKey(w.text())) {
            String known = devices.isEmpty() ? "none declared yet" : String.join(", ", devices.keySet().stream().sorted().toList());
            throw a.error(w, "expected a declared device (" + known + "), found " + w.quoted());
        }
        DeviceStatement dev = devices.get(w.text());
        DomainStepStatement end = gone.get(dev.domain());
        if (end != null) {
            throw a.error(w, "expected a device of a domain that still exists, found " + w.quoted() + " (its domain '" + dev.domain()
                    + "' was " + ended(end) + ")");
        }
        return w.text();
    }

    private String declaredDomains() {
        return domains.isEmpty() ? "none declared yet" : String.join(", ", domains.keySet().stream().sorted().toList());
    }

    private static String name(StatementArgs a, Word w, String what) {
        if (!NAME.matcher(w.text()).matches()) {
            throw a.error(w, "expected a " + what + " (a letter, then letters, digits, '_', '.' or '-'), found " + w.quoted());
        }
        return w.text();
    }

    /** {@code nr=N} or {@code size=S}: a count of 4 KiB frames, 1 .. 2^24 and (when allocating) the machine's memory. */
    private long frameCount(StatementArgs a, boolean allocates) {
        KeyValue kv = a.oneOf("nr", "size");
        long nr;
        if (kv.key().equals("nr")) {
            nr = number(a, kv);
        } else {
            long bytes = size(a, kv);
            if ((bytes & (Mfn.PAGE_SIZE - 1)) != 0) {
                throw a.error(kv, "expected a size that is a multiple of 4K, found '" + kv.value() + "'");
            }
            nr = bytes >>> Mfn.PAGE_SHIFT;
        }
        long max = allocates ? Math.min(MAX_FRAMES_PER_STATEMENT, machine.frames()) : MAX_FRAMES_PER_STATEMENT;
        return bounded(a, kv, nr, 1, max, kv.key().equals("nr") ? "nr" : "size in 4 KiB frames");
    }

    private Gfn gfnRange(StatementArgs a, KeyValue kv, long nr) {
        long gfn = number(a, kv);
        checkBelow(a, kv, gfn, nr, gfnBits(), "gfn + nr", "gfn=" + kv.value() + " nr=" + Hex.of(nr));
        return new Gfn(gfn);
    }

    private Mfn mfnRange(StatementArgs a, KeyValue kv, long nr) {
        long mfn = number(a, kv);
        checkBelow(a, kv, mfn, nr, MFN_BITS, "mfn + nr", "mfn=" + kv.value() + " nr=" + Hex.of(nr));
        return new Mfn(mfn);
    }

    private int order(StatementArgs a) {
        KeyValue kv = a.required("order");
        return (int) bounded(a, kv, number(a, kv), 0, MAX_IOMMU_ORDER, "order");
    }

    private Dfn dfn(StatementArgs a, int order) {
        KeyValue kv = a.required("dfn");
        long dfn = number(a, kv);
        checkBelow(a, kv, dfn, 1L << order, MFN_BITS, "dfn + 2^order", "dfn=" + kv.value() + " order=" + order);
        requireAligned(a, kv, dfn, order, "a dfn");
        return new Dfn(dfn);
    }

    /** Xen 4.12's iommu_map (and iommu_unmap for the dfn) ASSERT that the frame numbers are aligned to the order. */
    private static void requireAligned(StatementArgs a, KeyValue kv, long frame, int order, String what) {
        if ((frame & ((1L << order) - 1)) != 0) {
            throw a.error(kv, "expected " + what + " aligned to order " + order + ", found '" + kv.value() + "'");
        }
    }

    /**
     * Frame numbers first .. first+count-1 must all lie below 2^bits: {@code sum} says what must
     * stay below the limit ("gfn + nr"), {@code found} what was given.
     */
    private static void checkBelow(StatementArgs a, KeyValue kv, long first, long count, int bits, String sum, String found) {
        long limit = 1L << bits;
        if (first >= limit || count > limit - first) {
            throw a.error(kv, "expected " + sum + " <= " + Hex.of(limit) + " (" + (bits + Mfn.PAGE_SHIFT)
                    + "-bit addresses), found " + found);
        }
    }

    /** Frame bits of a guest physical address on this machine: the p2m's IPA size on Arm. */
    private int gfnBits() {
        int bits = machine.arch().isArm() ? VirtPaging.of(machine.arch(), machine.ipa()).ipaBits() : X86_PADDR_BITS;
        return bits - Mfn.PAGE_SHIFT;
    }

    private int vaBits() { return machine.arch() == Arch.ARM32 ? ARM32_VA_BITS : ARM64_VA_BITS; }

    private static long number(StatementArgs a, KeyValue kv) {
        long n = NumberSyntax.number(kv.value());
        if (n == NumberSyntax.NOT_A_NUMBER) {
            throw a.error(kv, "expected a number after " + kv.label() + ", found " + Word.quote(kv.value()));
        }
        if (n == NumberSyntax.TOO_LARGE) {
            throw a.error(kv, "expected a number no larger than 0x7fffffffffffffff after " + kv.label() + ", found " + Word.quote(kv.value()));
        }
        return n;
    }

    private static long size(StatementArgs a, KeyValue kv) {
        long n = NumberSyntax.size(kv.value());
        if (n == NumberSyntax.NOT_A_NUMBER) {
            throw a.error(kv, "expected a size (a number, optionally followed by K, M or G) after " + kv.label() + ", found "
                    + Word.quote(kv.value()));
        }
        if (n == NumberSyntax.TOO_LARGE) {
            throw a.error(kv, "expected a size no larger than 0x7fffffffffffffff after " + kv.label() + ", found " + Word.quote(kv.value()));
        }
        return n;
    }

    private static long bounded(StatementArgs a, KeyValue kv, long n, long min, long max, String what) {
        if (n < min || n > max) {
            throw a.error(kv, "expected " + what + " between " + min + " and " + max + ", found '" + kv.value() + "'");
        }
        return n;
    }

    private static <E> E choose(StatementArgs a, String text, int column, E[] values, Function<E, String> spelling, String what) {
        List<String> names = new ArrayList<>();
        for (E e : values) {
            if (spelling.apply(e).equals(text)) {
                return e;
            }
            names.add(spelling.apply(e));
        }
        throw a.raw().error(column, "expected " + what + " (" + String.join(", ", names) + "), found " + Word.quote(text));
    }
}
