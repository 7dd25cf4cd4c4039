package org.p2mdbg.core.scenario.ast;

/** What a {@code map} statement maps: given machine frames, or another domain's pages. */
public sealed interface MapSource permits MachineFrames, ForeignFrames {}
