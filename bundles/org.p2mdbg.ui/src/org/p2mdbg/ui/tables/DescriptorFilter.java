package org.p2mdbg.ui.tables;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Table;

/**
 * What the Page Tables view shows of each table: valid entries only or all 512, which kinds of
 * mapping, which input range. Table descriptors are never hidden by kind (they are the way down to
 * what is shown), and the descriptors on the path of the last "Go to" are always shown, so the
 * entry a user asked for is there even when it is invalid or out of the filter.
 */
public final class DescriptorFilter {
    private boolean validOnly = true;
    private final Set<DescriptorKind> hiddenKinds = EnumSet.noneOf(DescriptorKind.class);
    private InputRange range = InputRange.ALL;
    private final Set<Descriptor> pinned = new HashSet<>();

    public boolean validOnly() { return validOnly; }

    public void setValidOnly(boolean validOnly) { this.validOnly = validOnly; }

    public boolean isKindShown(DescriptorKind kind) { return !hiddenKinds.contains(kind); }

    public void setKindShown(DescriptorKind kind, boolean shown) {
        if (shown) {
            hiddenKinds.remove(kind);
        } else {
            hiddenKinds.add(kind);
        }
    }

    public InputRange range() { return range; }

    public void setRange(InputRange range) { this.range = range; }

    /** Shows these descriptors whatever the filter says (the path a "Go to" revealed). */
    public void pin(List<Descriptor> path) {
        pinned.clear();
        pinned.addAll(path);
    }

    public boolean shows(Descriptor d) {
        if (pinned.contains(d)) {
            return true;
        }
        if (!range.overlaps(d.getInputStart(), d.getInputEnd())) {
            return false;
        }
        if (d.getKind() == DescriptorKind.INVALID) {
            return !validOnly;
        }
        return d.getKind() == DescriptorKind.TABLE || !hiddenKinds.contains(d.getKind());
    }

    public boolean shows(Table t) { return range.overlaps(t.getInputStart(), t.getInputEnd()); }

    public boolean shows(DescriptorPage p) { return range.overlaps(p.inputStart(), p.inputEnd()); }

    /** A few words saying what is filtered, or "" when everything is shown. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (validOnly) {
            parts.add("valid only");
        }
        for (DescriptorKind k : hiddenKinds) {
            parts.add("no " + k.getLiteral() + "s");
        }
        if (!range.isAll()) {
            parts.add("input " + range);
        }
        return String.join(", ", parts);
    }
}
