package org.p2mdbg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.p2mdbg.core.dump.AddressSpace;
import org.p2mdbg.core.dump.Aarch64PageAttributes;
import org.p2mdbg.core.dump.ElfCore;
import org.p2mdbg.core.dump.Fault;
import org.p2mdbg.core.dump.MappedRange;
import org.p2mdbg.core.dump.MappingScan;
import org.p2mdbg.core.dump.PageAttributes;
import org.p2mdbg.core.dump.ReverseMapping;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.core.dump.TranslationStep;
import org.p2mdbg.core.dump.X86PageAttributes;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code p2mdbg dump} prints: text shaped like QEMU's {@code info mem} (one range a line, 16-digit
 * hex) and {@code translate}'s level-by-level walk, or JSON with the same content.
 */
final class DumpOutput {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ElfCore core;
    private final AddressSpace space;
    private final String registerSource;

    DumpOutput(ElfCore core, AddressSpace space, String registerSource) {
        this.core = core;
        this.space = space;
        this.registerSource = registerSource;
    }

    void mappingsText(PrintWriter out, MappingScan scan) {
        header(out);
        out.println(scan.ranges().size() + " ranges from " + scan.leaves() + " pages and blocks");
        StringBuilder line = new StringBuilder(96);
        for (MappedRange r : scan.ranges()) {
            line.setLength(0);
            hex16(line, r.start().value()).append('-');
            hex16(line, r.end().value()).append(' ');
            hex16(line, r.size()).append(" -> ");
            hex16(line, r.pa().value()).append(' ').append(r.attributes().flags());
            out.println(line);
        }
        skipped(out, scan.skipped());
    }

    ObjectNode mappingsJson(MappingScan scan) {
        ObjectNode o = common();
        o.put("leaves", scan.leaves());
        ArrayNode ranges = o.putArray("ranges");
        for (MappedRange r : scan.ranges()) {
            ObjectNode n = ranges.addObject();
            n.put("region", r.region());
            n.put("va_start", Hex.of(r.start().value()));
            n.put("va_end", Hex.of(r.end().value()));
            n.put("size", Hex.of(r.size()));
            n.put("pa", Hex.of(r.pa().value()));
            n.put("leaves", r.leaves());
            n.put("flags", r.attributes().flags());
            n.set("attributes", attributes(r.attributes()));
        }
        ArrayNode skipped = o.putArray("skipped");
        for (Fault f : scan.skipped()) {
            skipped.add(fault(f));
        }
        return o;
    }

    void translationText(PrintWriter out, Translation t) {
        header(out);
        out.println("va " + Hex.of(t.va().value()) + " through " + t.region());
        for (TranslationStep s : t.steps()) {
            out.printf("level %d  table %s  index %d  entry at %s  descriptor 0x%016x  %s%n", s.level(), s.table(), s.index(), s.entryAddress(),
                    s.descriptor(), s.kind());
            for (DecodedField f : s.fields()) {
                out.printf("    %-10s %-8s = %-14s %s%n", f.name(), f.field().bits(), Hex.of(f.value()), f.meaning());
            }
        }
        if (t.isMapped()) {
            out.println("mapped: pa " + t.pa() + " (" + size(t.pageSize()) + " at pa " + t.page() + ") " + t.attributes().flags());
        } else {
            Fault f = t.fault();
            out.println("not mapped: " + f.kind().name().toLowerCase(Locale.ROOT) + " at level " + f.level() + ": " + f.message());
        }
    }

    ObjectNode translationJson(Translation t) {
        ObjectNode o = common();
        o.put("va", Hex.of(t.va().value()));
        o.put("region", t.region());
        ArrayNode steps = o.putArray("steps");
        for (TranslationStep s : t.steps()) {
            ObjectNode n = steps.addObject();
            n.put("level", s.level());
            n.put("table", Hex.of(s.table().value()));
            n.put("index", s.index());
            n.put("entry_address", Hex.of(s.entryAddress().value()));
            n.put("descriptor", String.format("0x%016x", s.descriptor()));
            n.put("kind", s.kind());
            ArrayNode fields = n.putArray("fields");
            for (DecodedField d : s.fields()) {
                fields.addObject().put("name", d.name()).put("bits", d.field().bits()).put("value", Hex.of(d.value())).put("meaning", d.meaning());
            }
        }
        o.put("mapped", t.isMapped());
        if (t.isMapped()) {
            o.put("pa", Hex.of(t.pa().value()));
            o.put("page_pa", Hex.of(t.page().value()));
            o.put("page_size", Hex.of(t.pageSize()));
            o.put("flags", t.attributes().flags());
            o.set("attributes", attributes(t.attributes()));
            o.putNull("fault");
        } else {
            o.set("fault", fault(t.fault()));
        }
        return o;
    }

    void findPaText(PrintWriter out, Pa pa, List<ReverseMapping> hits) {
        header(out);
        out.println("pa " + pa + ": " + hits.size() + " virtual address" + (hits.size() == 1 ? "" : "es"));
        StringBuilder line = new StringBuilder(96);
        for (ReverseMapping h : hits) {
            line.setLength(0);
            hex16(line, h.va().value()).append("  in ").append(size(h.pageSize())).append(' ');
            hex16(line, h.pageVa().value()).append(" -> ");
            hex16(line, h.pagePa().value()).append(' ').append(h.attributes().flags());
            out.println(line);
        }
    }

    ObjectNode findPaJson(Pa pa, List<ReverseMapping> hits) {
        ObjectNode o = common();
        o.put("pa", Hex.of(pa.value()));
        ArrayNode vas = o.putArray("mappings");
        for (ReverseMapping h : hits) {
            ObjectNode n = vas.addObject();
            n.put("region", h.region());
            n.put("va", Hex.of(h.va().value()));
            n.put("page_va", Hex.of(h.pageVa().value()));
            n.put("page_pa", Hex.of(h.pagePa().value()));
            n.put("page_size", Hex.of(h.pageSize()));
            n.put("level", h.level());
            n.put("flags", h.attributes().flags());
        }
        return o;
    }

    private void header(PrintWriter out) {
        int segments = core.segments().size();
        out.println(core.file().getFileName() + ": " + core.machine().label() + " core, " + segments + " PT_LOAD segment" + (segments == 1 ? "" : "s") + ", "
                + core.memory().storedBytes() / (1 << 20) + " MiB stored");
        out.println(space.description() + " (" + registerSource + ")");
    }

    private ObjectNode common() {
        ObjectNode o = F.objectNode();
        o.put("file", core.file().getFileName().toString());
        o.put("machine", core.machine().label());
        o.put("paging", space.description());
        o.put("registers", registerSource);
        return o;
    }

    private static void skipped(PrintWriter out, List<Fault> skipped) {
        for (Fault f : skipped) {
            out.println("not walked: " + f.kind().name().toLowerCase(Locale.ROOT) + " at level " + f.level() + ": " + f.message());
        }
    }

    private static ObjectNode fault(Fault f) {
        return F.objectNode().put("kind", f.kind().name()).put("level", f.level()).put("message", f.message());
    }

    private static ObjectNode attributes(PageAttributes a) {
        ObjectNode n = F.objectNode();
        switch (a) {
            case X86PageAttributes x -> n.put("writable", x.writable()).put("user", x.user()).put("execute_disable", x.executeDisable())
                    .put("global", x.global()).put("pat_index", x.patIndex()).put("protection_key", x.protectionKey());
            case Aarch64PageAttributes r -> n.put("el1_write", r.el1Write()).put("el1_execute", r.el1Execute()).put("el0_read", r.el0Read())
                    .put("el0_write", r.el0Write()).put("el0_execute", r.el0Execute()).put("attr_indx", r.attrIndx())
                    .put("shareability", r.shareability()).put("access_flag", r.accessFlag()).put("not_global", r.notGlobal());
        }
        return n;
    }

    private static StringBuilder hex16(StringBuilder b, long v) {
        String h = Long.toHexString(v);
        for (int i = h.length(); i < 16; i++) {
            b.append('0');
        }
        return b.append(h);
    }

    static String size(long bytes) {
        String unit = bytes >= 1L << 40 ? (bytes >> 40) + " TiB" : bytes >= 1L << 30 ? (bytes >> 30) + " GiB"
                : bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
        return unit + " page";
    }
}
