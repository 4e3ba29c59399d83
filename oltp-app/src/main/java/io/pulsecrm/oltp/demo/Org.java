package io.pulsecrm.oltp.demo;

import java.util.List;
import java.util.SplittableRandom;

/** The demo company's organization as the record generators need it. */
record Org(List<Group> groups, List<Seller> sellers, List<SalesDepartment> salesDepartments, long adminId,
        long marketingDeptId, long[] marketerIds, long serviceDeptId, long[] serviceAgentIds) {

    /**
     * Someone who owns customers: a rep or a group lead. {@code approverId} approves their contracts
     * at the first step (a SALES_MANAGER: their group lead, or the regional director for a lead).
     */
    record Seller(int index, long userId, long deptId, String name, int group, boolean groupLead, long approverId) {
    }

    /** A sales group (the leaves of the sales tree) and the sellers who cover its cities. */
    record Group(String name, long deptId, long leadUserId, List<Seller> sellers) {

        /** Group leads sell too, with half a rep's book. */
        Seller pick(SplittableRandom random) {
            double[] weights = new double[sellers.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = sellers.get(i).groupLead() ? 0.5 : 1.0;
            }
            return sellers.get(Draw.weighted(random, weights));
        }

        /** Someone else in the group, for record teams. */
        Seller colleagueOf(Seller seller, SplittableRandom random) {
            Seller other = sellers.get(random.nextInt(sellers.size()));
            return other.equals(seller) ? sellers.get((sellers.indexOf(seller) + 1) % sellers.size()) : other;
        }
    }

    /** A department of the sales tree with the sellers anywhere below it: targets roll up over them. */
    record SalesDepartment(long deptId, List<Seller> sellers) {
    }

    Seller anySeller(SplittableRandom random) {
        return sellers.get(random.nextInt(sellers.size()));
    }
}
