package org.p2mdbg.core.dump;

/**
 * What a VMSAv8-64 stage-1 walk of the EL1&0 regime grants, after the hierarchical limits of the
 * table descriptors (APTable, UXNTable, PXNTable, unless TCR_EL1.HPDn): EL1 may always read a valid
 * mapping; a page writable at EL0 is never executable at EL1; with TCR_EL1.HD a DBM page is
 * writable. AttrIndx selects the MAIR_EL1 attribute, shareability is SH (or TCR_EL1.SHn with DS).
 */
public record Aarch64PageAttributes(boolean el1Write, boolean el1Execute, boolean el0Read, boolean el0Write, boolean el0Execute,
        int attrIndx, int shareability, boolean accessFlag, boolean notGlobal) implements PageAttributes {
    @Override public String flags() {
        return "EL1 r" + (el1Write ? 'w' : '-') + (el1Execute ? 'x' : '-') + " EL0 " + (el0Read ? 'r' : '-') + (el0Write ? 'w' : '-')
                + (el0Execute ? 'x' : '-') + " attr" + attrIndx + ' ' + switch (shareability) {
                    case 0 -> "NSH";
                    case 2 -> "OSH";
                    case 3 -> "ISH";
                    default -> "SH1";
                } + (accessFlag ? " AF" : " --") + (notGlobal ? " nG" : " G");
    }
}
