package io.pulsecrm.oltp.pool;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A rep may own at most {@code claim_limit} customers once a claim is done (null: no limit). */
final class ClaimLimit {

    private ClaimLimit() {
    }

    static boolean allows(Integer limit, long owned, int claiming) {
        return limit == null || owned + claiming <= limit;
    }

    static void check(Integer limit, long owned, int claiming) {
        if (!allows(limit, owned, claiming)) {
            throw new Exceeded(limit, owned, claiming);
        }
    }

    static final class Exceeded extends RuleViolation {

        Exceeded(int limit, long owned, int claiming) {
            super("ids", ("claiming %d customer(s) would exceed the claim limit of %d: you own %d already")
                    .formatted(claiming, limit, owned));
        }

        @Override
        public String code() {
            return "claim-limit-exceeded";
        }
    }
}
