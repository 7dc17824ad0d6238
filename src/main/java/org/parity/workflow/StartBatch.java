package org.parity.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a bulk start read once for its whole batch, for the process models' expressions to use while the
 * batch's processes start on this thread: which of the batch's actions have a returned progress update as
 * their latest (the due date of the update each process opens depends on it). Nothing writes progress
 * updates while a batch starts, so the answer read before the batch holds for all of it. Outside a batch
 * there is no answer and {@link Schedule} asks the progress module as usual.
 */
final class StartBatch {

    private static final ThreadLocal<Map<Long, Boolean>> RETURNED = new ThreadLocal<>();

    private StartBatch() {}

    /** Runs the work with the batch's answer known on this thread, and forgets it afterwards. */
    static <T> T within(Collection<Long> batch, Set<Long> latestReturned, Supplier<T> work) {
        Map<Long, Boolean> known = new HashMap<>();
        batch.forEach(id -> known.put(id, latestReturned.contains(id)));
        Map<Long, Boolean> outer = RETURNED.get();
        RETURNED.set(known);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                RETURNED.remove();
            } else {
                RETURNED.set(outer);
            }
        }
    }

    /** The batch's answer for this action: null outside a batch or for an action not in it. */
    static Boolean latestIsReturned(Long actionId) {
        Map<Long, Boolean> known = RETURNED.get();
        return known == null ? null : known.get(actionId);
    }
}
