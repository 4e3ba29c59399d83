package io.pulsecrm.oltp.pool;

/**
 * One customer moving into or out of the pool, as pool_event records it (owner and department on
 * both sides at the time, who did it — null for the recycler — and why).
 */
record PoolMove(long customerId, Kind kind, Long fromOwnerId, Long fromDeptId, Long toOwnerId, Long toDeptId,
                Long actorId, String reason) {

    enum Kind {
        RECYCLE("RECYCLE"), RELEASE("RELEASE"), CLAIM("CLAIM"), ASSIGN("ASSIGN");

        /** The operation_log action of the same name. */
        final String action;

        Kind(String action) {
            this.action = action;
        }
    }
}
