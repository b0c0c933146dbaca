package dev.ride.shell.print;

import java.util.Set;

/** The column types psql right-aligns (its column_type_alignment). */
public final class NumericTypes {

    /** int8, int2, int4, oid, xid, cid, float4, float8, money, numeric, xid8. */
    private static final Set<Integer> RIGHT_ALIGNED = Set.of(20, 21, 23, 26, 28, 29, 700, 701, 790, 1700, 5069);

    private NumericTypes() {
    }

    public static boolean isRightAligned(int typeOid) {
        return RIGHT_ALIGNED.contains(typeOid);
    }
}
