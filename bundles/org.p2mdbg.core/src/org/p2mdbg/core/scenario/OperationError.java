package org.p2mdbg.core.scenario;

/**
 * An error the emulated hypervisor returned during an operation (not a scenario error: the run
 * went on). {@code event} is the ERROR event of the trace, {@code function} the Xen function whose
 * check fired, {@code code} the errno's name ("-EINVAL") and {@code check} what fired.
 */
public record OperationError(int operation, long event, String function, String code, String check, String message) {}
