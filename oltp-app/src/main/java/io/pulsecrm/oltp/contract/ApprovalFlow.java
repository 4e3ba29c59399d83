package io.pulsecrm.oltp.contract;

import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An approval flow for contracts, configured by an admin. At most one is enabled: that is the one
 * a contract is submitted to. Its steps are kept by {@link ApprovalSteps}.
 */
@Entity
@Table(name = "approval_flow")
public class ApprovalFlow {

    public static final String CONTRACT = "CONTRACT";
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String subject;
    private String name;
    private boolean enabled;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected ApprovalFlow() {
    }

    static ApprovalFlow define(String name, boolean enabled, Instant now) {
        ApprovalFlow flow = new ApprovalFlow();
        flow.subject = CONTRACT;
        flow.createdAt = now;
        flow.revise(name, enabled, now);
        return flow;
    }

    void revise(String name, boolean enabled, Instant now) {
        new FieldChecks().text(name, "name", NAME_MAX).orThrow(InvalidContract::new);
        this.name = name.strip();
        this.enabled = enabled;
        this.updatedAt = now;
    }

    void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
