package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.TRANSLATION_TABLES__ROOT_MFN;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;

/**
 * The root pages of a tree of tables (a p2m's concatenated root, Xen's level-0 root), shown while
 * the frame store holds them as the owner's tables: so a root freed by teardown disappears, and
 * comes back when the trace is stepped back to before the teardown.
 */
final class RootTables {
    private RootTables() {}

    /**
     * Brings {@code tree}'s root tables in line with the frame store. {@code root} is the first root
     * page the tree ever had (a root never moves while it lives).
     */
    static void sync(TranslationTables tree, TableSource source, Mfn root, FrameKind kind, int owner) {
        boolean live = isLive(source.frames(), root, tree.getRootPages(), kind, owner);
        ModelUpdates.set(tree, TRANSLATION_TABLES__ROOT_MFN, live ? root : Mfn.INVALID);
        EList<Table> tables = tree.getTables();
        if (!live) {
            tables.clear();
            return;
        }
        if (tables.isEmpty()) {
            long pageSpan = source.format().entrySpan(tree.getRootLevel()) * DescriptorFormat.ENTRIES;
            for (int p = 0; p < tree.getRootPages(); p++) {
                tables.add(new LiveTable(source, root.add(p), tree.getRootLevel(), p * pageSpan));
            }
            return;
        }
        for (Table t : tables) {
            ((LiveTable) t).refresh();
        }
    }

    private static boolean isLive(FrameStore frames, Mfn root, int pages, FrameKind kind, int owner) {
        if (!root.isValid()) {
            return false;
        }
        for (int p = 0; p < pages; p++) {
            Mfn page = root.add(p);
            if (!frames.exists(page) || frames.kind(page) != kind || frames.owner(page) != owner) {
                return false;
            }
        }
        return true;
    }
}
