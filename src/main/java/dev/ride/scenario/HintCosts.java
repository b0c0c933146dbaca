package dev.ride.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * What hints cost when a scenario does not say: hint k of n costs k/(2n) of the Detect points,
 * rounded. Later hints say more (the last one says what to run), so they cost more; with the usual
 * three hints the first costs a sixth of Detect and all three together cost all of it.
 */
public final class HintCosts {

    private HintCosts() {
    }

    public static List<Integer> byDefault(int hints, int detectPoints) {
        List<Integer> costs = new ArrayList<>();
        for (int k = 1; k <= hints; k++) {
            costs.add((int) Math.round(detectPoints * k / (2.0 * hints)));
        }
        return List.copyOf(costs);
    }
}
