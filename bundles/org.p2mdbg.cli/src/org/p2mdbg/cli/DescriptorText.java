package org.p2mdbg.cli;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.xen.arm.P2mType;

/** A descriptor in one short phrase: what it is, where it points and the attributes a reader checks first. */
final class DescriptorText {
    private DescriptorText() {}

    static String brief(long d, int level, Stage stage) {
        if (d == 0) {
            return "empty";
        }
        String kind = Lpae.describe(d, level);
        if (!Lpae.isValid(d)) {
            return "invalid " + Hex.of(d);
        }
        if (Lpae.isTable(d, level)) {
            return "table at mfn " + Lpae.mfn(d);
        }
        StringBuilder b = new StringBuilder(kind).append(" mfn ").append(Lpae.mfn(d));
        if (stage == Stage.STAGE2) {
            b.append(", ").append(P2mType.ofXenValue((int) Lpae.SOFTWARE.get(d)).scenarioName());
            b.append(", ").append(switch ((int) Lpae.S2AP.get(d)) {
                case 0 -> "no access";
                case 1 -> "ro";
                case 2 -> "wo";
                default -> "rw";
            });
            b.append(Lpae.S2_XN.get(d) != 0 ? ", xn" : "");
        } else {
            b.append(Lpae.AP.get(d) >= 2 ? ", ro" : ", rw");
            b.append(Lpae.XN.get(d) != 0 ? ", xn" : ", x");
            b.append(", attr ").append(Lpae.ATTR_INDX.get(d));
        }
        return b.toString();
    }
}
