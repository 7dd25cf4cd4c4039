package org.p2mdbg.core.machine;

/** Xen's error numbers (xen/include/public/errno.h), returned negated as Xen does. */
public final class Errno {
    private Errno() {}

    public static final int OK = 0;
    public static final int ENOENT = -2;
    public static final int ENOMEM = -12;
    public static final int EFAULT = -14;
    public static final int EBUSY = -16;
    public static final int EEXIST = -17;
    public static final int EINVAL = -22;
    public static final int ERESTART = -85;
    public static final int EOPNOTSUPP = -95;

    /** The name of an error return, e.g. "-EINVAL", or "0". */
    public static String name(int rc) {
        return switch (rc) {
            case OK -> "0";
            case ENOENT -> "-ENOENT";
            case ENOMEM -> "-ENOMEM";
            case EFAULT -> "-EFAULT";
            case EBUSY -> "-EBUSY";
            case EEXIST -> "-EEXIST";
            case EINVAL -> "-EINVAL";
            case ERESTART -> "-ERESTART";
            case EOPNOTSUPP -> "-EOPNOTSUPP";
            default -> Integer.toString(rc);
        };
    }
}
