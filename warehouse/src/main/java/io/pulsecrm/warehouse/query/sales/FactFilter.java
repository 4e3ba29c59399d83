package io.pulsecrm.warehouse.query.sales;

import java.util.Set;

/**
 * What a dashboard's filters and a clicked figure narrow a fact to, always inside the viewer's data scope (which the
 * queries apply on top): facts attributed to one of these departments, owned by this user, of this category.
 *
 * @param departments null for any department; empty for none at all (two narrowings that exclude each other)
 * @param ownerId     null for any owner
 * @param category    null for any category (see {@link SalesFact#categories()})
 */
public record FactFilter(Set<Long> departments, Long ownerId, String category) {

    public static final FactFilter ANY = new FactFilter(null, null, null);

    public FactFilter {
        departments = departments == null ? null : Set.copyOf(departments);
    }

    public FactFilter withOwner(Long owner) {
        return new FactFilter(departments, owner, category);
    }

    public FactFilter withCategory(String value) {
        return new FactFilter(departments, ownerId, value);
    }
}
