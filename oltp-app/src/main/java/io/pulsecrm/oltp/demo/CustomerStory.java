package io.pulsecrm.oltp.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Companies.Company;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * One customer's life, decided before any of its rows is written: who owned it when, its deals and
 * contracts. The customer row comes last, once its follow-ups and deals are known.
 *
 * <p>Ownership: {@code firstOwner} works it from creation until {@code firstPeriodEnd}; a customer
 * that went to the public pool then either stays there ({@code owner} null) or was claimed by
 * {@code owner} at {@code ownedSince}. Customers that never left their owner have one period.
 */
final class CustomerStory {

    record Line(int product, long quantity, long unitPriceCents, long discountBasisPoints, long amountCents) {
    }

    /** {@code endAt}: when it was closed, or the end of history for an open deal. */
    record Deal(long id, String name, String solution, long createdAt, long endAt, boolean open, boolean won,
            long closeDay, List<Line> lines) {
    }

    record Contract(long id, String name, long signedDay, boolean approved) {
    }

    final int index;
    final long id;
    final SplittableRandom random;
    final Company company;
    String name;
    String level;
    String source;
    long campaignId;
    long leadId;
    /** The person on the lead it was converted from: becomes the primary contact. */
    ChineseNames.Person leadPerson;
    String leadTitle;
    String leadMobile;
    boolean imported;
    long createdAt;
    Seller firstOwner;
    Seller owner;
    long firstPeriodEnd;
    long recycledAt;
    long ownedSince;
    long poolEnteredAt;
    boolean locked;
    /** How much goes on with this customer relative to the average one, from how long it has been worked. */
    double activity = 1;
    final List<Long> contactIds = new ArrayList<>(3);
    final List<String> contactNames = new ArrayList<>(3);
    final List<Deal> deals = new ArrayList<>(2);
    final List<Contract> contracts = new ArrayList<>(2);
    long lastFollowUpAt;
    long lastFollowUpId;
    long nextContactAt;
    long lastDealAt;
    long updatedAt;

    CustomerStory(int index, long id, SplittableRandom random, Company company) {
        this.index = index;
        this.id = id;
        this.random = random;
        this.company = company;
    }

    boolean pooled() {
        return owner == null;
    }

    boolean wentThroughPool() {
        return recycledAt != 0;
    }

    boolean dealt() {
        return lastDealAt != 0;
    }

    /** Who owned the customer at that time. */
    Seller ownerAt(long time) {
        return owner == null || time < firstPeriodEnd ? firstOwner : owner;
    }

    /** Start of the current owner's period (or of the only period of a pooled customer). */
    long currentPeriodStart() {
        return owner == null ? createdAt : ownedSince;
    }

    /** Days someone owned it, up to the end of history. */
    double ownedDays(long historyEnd) {
        long first = Math.min(firstPeriodEnd, historyEnd) - createdAt;
        long second = wentThroughPool() && !pooled() ? historyEnd - ownedSince : 0;
        return (first + second) / (double) Timeline.DAY;
    }

    void touch(long time) {
        updatedAt = Math.max(updatedAt, time);
    }

    String shortName() {
        return company.shortName();
    }
}
