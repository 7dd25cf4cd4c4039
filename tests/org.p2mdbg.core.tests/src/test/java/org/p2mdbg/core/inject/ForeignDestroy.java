package org.p2mdbg.core.inject;

/** The scenario the injection tests break: four foreign pages of dom0 mapped by the guest, then the guest destroyed (relinquish "remove"). */
public final class ForeignDestroy {
    public static final String NAME = "inject.p2m";
    public static final String TEXT = """
            machine arm64 ipa=40
            option relinquish=remove
            domain dom0 id=0
            domain guest id=1
            populate dom0 gfn=0x10000 nr=4
            map guest gfn=0x40000 nr=4 foreign=dom0:0x10000
            checkpoint before-destroy
            destroy guest
            """;

    private ForeignDestroy() {}
}
