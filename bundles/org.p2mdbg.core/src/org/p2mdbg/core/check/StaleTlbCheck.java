package org.p2mdbg.core.check;

/** STALE_TLB: a changed translation not flushed from the CPU TLBs in time (TLB_FLUSH events). */
final class StaleTlbCheck extends StaleTranslationCheck {
    StaleTlbCheck() { super(TlbKind.TLB); }
}
