package io.pulsecrm.oltp.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.pulsecrm.oltp.identity.TeamEntity;

/**
 * What a transfer of one customer from its owner to a new owner does, decided without the
 * database: which related records follow, and who ends up on the team.
 *
 * <p>Contacts follow the customer whoever held them (their owner is the customer's). Deals and
 * contracts follow only if the previous owner of the customer owned them: a deal a colleague runs
 * under the same customer stays theirs.
 */
record TransferPlan(TransferOptions options, long newOwnerId) {

    /** Records under a customer that can follow it, with the table and log names they go by. */
    enum Related {
        CONTACTS("contact", "CONTACT", TeamEntity.NONE),
        OPPORTUNITIES("opportunity", "OPPORTUNITY", TeamEntity.OPPORTUNITY),
        CONTRACTS("contract", "CONTRACT", TeamEntity.CONTRACT);

        final String table;
        final String logEntity;
        final TeamEntity team;

        Related(String table, String logEntity, TeamEntity team) {
            this.table = table;
            this.logEntity = logEntity;
            this.team = team;
        }
    }

    /** A customer already owned by the new owner stays as it is (nothing to log). */
    boolean moves(long currentOwnerId) {
        return currentOwnerId != newOwnerId;
    }

    List<Related> related() {
        List<Related> related = new ArrayList<>();
        if (options.moveContacts()) {
            related.add(Related.CONTACTS);
        }
        if (options.moveOpportunities()) {
            related.add(Related.OPPORTUNITIES);
        }
        if (options.moveContracts()) {
            related.add(Related.CONTRACTS);
        }
        return related;
    }

    /** Whether only the records the previous owner held move (else all of the customer's). */
    static boolean onlyPreviousOwners(Related related) {
        return related != Related.CONTACTS;
    }

    /** The access the previous owner keeps on the customer and the records that moved, if any. */
    Optional<TeamAccess> previousOwnerKeeps(long previousOwnerId) {
        return previousOwnerId == newOwnerId ? Optional.empty() : Optional.ofNullable(options.keepOldOwnerAs());
    }
}
