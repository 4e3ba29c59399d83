package io.pulsecrm.oltp.lead;

import java.time.Instant;

import io.pulsecrm.oltp.customer.SourceChannel;
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
 * A lead (线索): a person and company someone may sell to, from a source channel and maybe a
 * campaign. It is worked (qualified or found invalid) until converted into a customer, after
 * which it is a record of where the customer came from and no longer changes.
 * Follow-up times are kept by the follow-up feature; here they are only read.
 */
@Entity
@Table(name = "lead")
public class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String company;
    private String title;
    private String phone;
    private String email;
    private String industry;
    private String region;
    private String address;
    @Enumerated(EnumType.STRING)
    private SourceChannel source;
    private Long campaignId;
    @Enumerated(EnumType.STRING)
    private LeadStatus status;
    private String remark;
    private Instant nextContactAt;
    private Instant lastFollowUpAt;
    private Instant qualifiedAt;
    private Instant convertedAt;
    private Long convertedCustomerId;
    private long ownerId;
    private long ownerDeptId;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Lead() {
    }

    static Lead register(LeadDraft draft, Owner owner, long createdBy, Instant now) {
        Lead lead = new Lead();
        lead.status = LeadStatus.NEW;
        lead.ownerId = owner.userId();
        lead.ownerDeptId = owner.departmentId();
        lead.createdBy = createdBy;
        lead.createdAt = now;
        lead.apply(draft.normalized(), now);
        return lead;
    }

    /** A converted lead is history: editing it would rewrite where a customer came from. */
    void revise(LeadDraft draft, Instant now) {
        if (status == LeadStatus.CONVERTED) {
            throw new LeadConflict(id, status, "edited");
        }
        apply(draft.normalized(), now);
    }

    void qualify(Instant now) {
        if (status != LeadStatus.NEW) {
            throw new LeadConflict(id, status, "qualified");
        }
        status = LeadStatus.QUALIFIED;
        qualifiedAt = now;
        updatedAt = now;
    }

    void markInvalid(Instant now) {
        if (!status.isOpen()) {
            throw new LeadConflict(id, status, "marked invalid");
        }
        status = LeadStatus.INVALID;
        updatedAt = now;
    }

    /** Checks the lead can still become a customer, before anything is created for it. */
    void requireConvertible() {
        if (!status.isOpen()) {
            throw new LeadConflict(id, status, "converted");
        }
    }

    void convertedInto(long customerId, Instant now) {
        requireConvertible();
        status = LeadStatus.CONVERTED;
        convertedAt = now;
        convertedCustomerId = customerId;
        updatedAt = now;
    }

    private void apply(LeadDraft draft, Instant now) {
        name = draft.name();
        company = draft.company();
        title = draft.title();
        phone = draft.phone();
        email = draft.email();
        industry = draft.industry();
        region = draft.region();
        address = draft.address();
        source = draft.source();
        campaignId = draft.campaignId();
        remark = draft.remark();
        updatedAt = now;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getCompany() { return company; }
    public String getTitle() { return title; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getIndustry() { return industry; }
    public String getRegion() { return region; }
    public String getAddress() { return address; }
    public SourceChannel getSource() { return source; }
    public Long getCampaignId() { return campaignId; }
    public LeadStatus getStatus() { return status; }
    public String getRemark() { return remark; }
    public Instant getNextContactAt() { return nextContactAt; }
    public Instant getLastFollowUpAt() { return lastFollowUpAt; }
    public Instant getQualifiedAt() { return qualifiedAt; }
    public Instant getConvertedAt() { return convertedAt; }
    public Long getConvertedCustomerId() { return convertedCustomerId; }
    public long getOwnerId() { return ownerId; }
    public long getOwnerDeptId() { return ownerDeptId; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
