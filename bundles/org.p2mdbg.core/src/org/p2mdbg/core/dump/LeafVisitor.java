package org.p2mdbg.core.dump;

/** Receives every page and block of an address space, in ascending virtual-address order, unboxed. */
@FunctionalInterface
interface LeafVisitor {
    void leaf(PagingRegion region, long va, long pa, long size, long attributeKey, int level);
}
