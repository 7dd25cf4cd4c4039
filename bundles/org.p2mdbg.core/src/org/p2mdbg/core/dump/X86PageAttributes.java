package org.p2mdbg.core.dump;

/**
 * What an x86-64 walk grants (Intel SDM 3A, "Access Rights"): writable and user only if every level
 * allows it (R/W and U/S are ANDed), execute-disable if any level sets XD; the memory type's PAT
 * index (PAT:PCD:PWT), G and the protection key come from the entry that maps the page.
 */
public record X86PageAttributes(boolean writable, boolean user, boolean executeDisable, boolean global, int patIndex, int protectionKey)
        implements PageAttributes {
    @Override public String flags() {
        return "r" + (writable ? 'w' : '-') + (executeDisable ? '-' : 'x') + ' ' + (user ? 'u' : 's') + ' ' + (global ? 'G' : '-')
                + " pat" + patIndex + " pkey" + protectionKey;
    }
}
