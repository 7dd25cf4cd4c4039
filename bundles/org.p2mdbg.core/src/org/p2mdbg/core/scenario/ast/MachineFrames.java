package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.xen.arm.P2mType;

/** {@code mfn=M type=T}: machine frames M.. mapped with p2m type T (RAM, MMIO, grant...). */
public record MachineFrames(Mfn mfn, P2mType type) implements MapSource {}
