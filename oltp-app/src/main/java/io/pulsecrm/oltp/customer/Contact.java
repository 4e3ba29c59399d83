package io.pulsecrm.oltp.customer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person at a customer. Its owner follows the customer's owner (null while the customer is in
 * the pool); whether it is the customer's primary contact is decided by {@link PrimaryContact}.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long customerId;
    private String name;
    private String title;
    private String phone;
    private String mobile;
    private String email;
    @Column(name = "is_primary")
    private boolean primary;
    private String remark;
    private Long ownerId;
    private Long ownerDeptId;
    private long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Contact() {
    }

    static Contact under(Customer customer, ContactDraft draft, boolean primary, long createdBy, Instant now) {
        Contact contact = new Contact();
        contact.customerId = customer.getId();
        contact.ownerId = customer.getOwnerId();
        contact.ownerDeptId = customer.getOwnerDeptId();
        contact.primary = primary;
        contact.createdBy = createdBy;
        contact.createdAt = now;
        contact.revise(draft, now);
        return contact;
    }

    void revise(ContactDraft draft, Instant now) {
        ContactDraft clean = draft.normalized();
        name = clean.name();
        title = clean.title();
        phone = clean.phone();
        mobile = clean.mobile();
        email = clean.email();
        remark = clean.remark();
        updatedAt = now;
    }

    void markPrimary(boolean primary, Instant now) {
        this.primary = primary;
        updatedAt = now;
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getPhone() { return phone; }
    public String getMobile() { return mobile; }
    public String getEmail() { return email; }
    public boolean isPrimary() { return primary; }
    public String getRemark() { return remark; }
    public Long getOwnerId() { return ownerId; }
    public Long getOwnerDeptId() { return ownerDeptId; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
