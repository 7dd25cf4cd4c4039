package org.p2mdbg.core.decode;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;

/** The VMSAv8-64 4 KiB-granule descriptors Xen's p2m (stage 2) and Xen's own tables (stage 1) hold. */
public enum LpaeFormat implements DescriptorFormat {
    STAGE1(Stage.STAGE1),
    STAGE2(Stage.STAGE2);

    private final Stage stage;

    LpaeFormat(Stage stage) { this.stage = stage; }

    public static LpaeFormat of(Stage stage) { return stage == Stage.STAGE1 ? STAGE1 : STAGE2; }

    public Stage stage() { return stage; }

    @Override public String formatName() { return stage == Stage.STAGE2 ? "LPAE stage 2" : "LPAE stage 1"; }

    @Override public String levelName(int level) { return "L" + level; }

    @Override public EntryRole role(long d, int level) {
        if (!Lpae.isValid(d)) {
            return EntryRole.INVALID;
        }
        if (Lpae.isTable(d, level)) {
            return EntryRole.TABLE;
        }
        if (level == 3) {
            return Lpae.isMapping(d, 3) ? EntryRole.PAGE : EntryRole.RESERVED;
        }
        return level == 0 ? EntryRole.RESERVED : EntryRole.BLOCK;
    }

    @Override public String describe(long d, int level) { return Lpae.describe(d, level); }

    @Override public List<DecodedField> decode(long d, int level) { return Lpae.decode(d, level, stage); }

    @Override public int entryShift(int level) { return 12 + Lpae.levelOrder(level); }
}
