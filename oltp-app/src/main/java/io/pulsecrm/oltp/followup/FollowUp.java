package io.pulsecrm.oltp.followup;

import java.time.Instant;
import java.util.Objects;

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
 * One follow-up on a record. Its subject and author never change; what was written can be
 * revised. The rules of what may be written live in {@link FollowUpEntry}.
 */
@Entity
@Table(name = "follow_up")
class FollowUp {

    /** task.title is varchar(200). */
    static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private long subjectId;
    private Long customerId;
    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;
    @Enumerated(EnumType.STRING)
    private ContactMethod method;
    private String content;
    private Instant occurredAt;
    private Instant nextContactAt;
    private long ownerId;
    private long ownerDeptId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected FollowUp() {
    }

    static FollowUp write(Subject subject, FollowUpEntry entry, Owner author, Instant now) {
        FollowUp followUp = new FollowUp();
        followUp.subjectType = subject.type();
        followUp.subjectId = subject.id();
        followUp.customerId = subject.customerId();
        followUp.ownerId = author.userId();
        followUp.ownerDeptId = author.departmentId();
        followUp.createdAt = now;
        followUp.apply(entry.checked(now), now);
        return followUp;
    }

    /** Replaces what was written; answers whether the next contact time changed. */
    boolean revise(FollowUpEntry entry, Instant now) {
        Instant before = nextContactAt;
        apply(entry.checked(now), now);
        return !Objects.equals(before, nextContactAt);
    }

    private void apply(FollowUpEntry entry, Instant now) {
        kind = entry.kind();
        method = entry.method();
        content = entry.content();
        occurredAt = entry.occurredAt();
        nextContactAt = entry.nextContactAt();
        updatedAt = now;
    }

    /** The schedule entry's title: the first line of what was written, cut to fit. */
    String scheduleTitle() {
        String firstLine = content.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(content);
        if (firstLine.codePointCount(0, firstLine.length()) <= TITLE_MAX) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, TITLE_MAX - 1)) + "…";
    }

    NextContactPlanned nextContactPlanned() {
        return new NextContactPlanned(id, subjectType, subjectId, ownerId, ownerDeptId, scheduleTitle(), nextContactAt);
    }

    Long getId() {
        return id;
    }

    SubjectType getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    Long getCustomerId() {
        return customerId;
    }

    FollowUpKind getKind() {
        return kind;
    }

    ContactMethod getMethod() {
        return method;
    }

    String getContent() {
        return content;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    Instant getNextContactAt() {
        return nextContactAt;
    }

    long getOwnerId() {
        return ownerId;
    }

    int getVersion() {
        return version;
    }
}
