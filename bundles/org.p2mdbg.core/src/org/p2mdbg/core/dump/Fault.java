package org.p2mdbg.core.dump;

/** A walk that ended without a physical address: why, at which level, in words. */
public record Fault(FaultKind kind, int level, String message) {}
