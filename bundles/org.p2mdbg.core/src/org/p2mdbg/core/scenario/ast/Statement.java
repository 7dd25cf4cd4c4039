package org.p2mdbg.core.scenario.ast;

/**
 * One statement of a scenario, already checked against the statements before it (declared
 * domains and devices, the machine's address sizes). {@code text} is the statement as written,
 * which names the operation it becomes in the trace.
 */
public sealed interface Statement
        permits MachineStatement, OptionStatement, DomainStatement, PopulateStatement, MapStatement,
        UnmapStatement, XenPtStatement, DomainStepStatement, CheckpointStatement, DeviceStatement,
        IommuMapStatement, IommuUnmapStatement, IommuFlushStatement, IommuDontFlushStatement, IommuHwdomStatement,
        VlptStatement, PvMapStatement, PvPinStatement, PvCr3Statement, PvExitStatement {
    SourcePos pos();

    String text();

    /** The statement's keyword as written in a scenario ("xen-pt", "iommu-map", ...). */
    String keyword();
}
