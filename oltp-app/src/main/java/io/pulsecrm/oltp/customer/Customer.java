package io.pulsecrm.oltp.customer;

import java.time.Instant;

import io.pulsecrm.oltp.identity.Owner;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer (客户). Owned by a rep (with the rep's department at the time) or, with no owner, in
 * the public pool. A locked customer is exempt from recycling; only an owned one can be locked.
 * Follow-up and deal timestamps are kept by the features that record follow-ups and contracts.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String industry;
    @Enumerated(EnumType.STRING)
    private CustomerLevel level;
    private String region;
    private String address;
    private String phone;
    private String email;
    private String website;
    @Enumerated(EnumType.STRING)
    private SourceChannel source;
    private Long campaignId;
    private Long leadId;
    @Enumerated(EnumType.STRING)
    private DealStatus dealStatus;
    private boolean locked;
    private String remark;
    private Long ownerId;
    private Long ownerDeptId;
    private Instant ownedSince;
    private Instant poolEnteredAt;
    private Instant lastFollowUpAt;
    private Instant lastDealAt;
    private Instant nextContactAt;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Customer() {
    }

    /** A new customer owned by {@code owner}; {@code leadId} when converted from a lead. */
    static Customer register(CustomerDraft draft, Owner owner, long createdBy, Long leadId, Instant now) {
        Customer customer = new Customer();
        customer.ownerId = owner.userId();
        customer.ownerDeptId = owner.departmentId();
        customer.ownedSince = now;
        customer.dealStatus = DealStatus.NONE;
        customer.createdBy = createdBy;
        customer.createdAt = now;
        customer.leadId = leadId;
        customer.apply(draft.normalized(), now);
        return customer;
    }

    void revise(CustomerDraft draft, Instant now) {
        apply(draft.normalized(), now);
    }

    /** Exempts the customer from recycling; a pooled customer has nobody to keep it for. */
    boolean lock(Instant now) {
        requireOwned();
        if (locked) {
            return false;
        }
        locked = true;
        updatedAt = now;
        return true;
    }

    boolean unlock(Instant now) {
        if (!locked) {
            return false;
        }
        locked = false;
        updatedAt = now;
        return true;
    }

    void requireOwned() {
        if (ownerId == null) {
            throw CustomerConflict.inPool(id);
        }
    }

    public boolean isPooled() {
        return ownerId == null;
    }

    private void apply(CustomerDraft draft, Instant now) {
        name = draft.name();
        level = draft.level();
        industry = draft.industry();
        region = draft.region();
        address = draft.address();
        phone = draft.phone();
        email = draft.email();
        website = draft.website();
        source = draft.source();
        campaignId = draft.campaignId();
        remark = draft.remark();
        updatedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getIndustry() { return industry; }
    public CustomerLevel getLevel() { return level; }
    public String getRegion() { return region; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getWebsite() { return website; }
    public SourceChannel getSource() { return source; }
    public Long getCampaignId() { return campaignId; }
    public Long getLeadId() { return leadId; }
    public DealStatus getDealStatus() { return dealStatus; }
    public boolean isLocked() { return locked; }
    public String getRemark() { return remark; }
    public Long getOwnerId() { return ownerId; }
    public Long getOwnerDeptId() { return ownerDeptId; }
    public Instant getOwnedSince() { return ownedSince; }
    public Instant getPoolEnteredAt() { return poolEnteredAt; }
    public Instant getLastFollowUpAt() { return lastFollowUpAt; }
    public Instant getLastDealAt() { return lastDealAt; }
    public Instant getNextContactAt() { return nextContactAt; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
