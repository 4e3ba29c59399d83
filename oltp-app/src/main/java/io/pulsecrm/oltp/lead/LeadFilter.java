package io.pulsecrm.oltp.lead;

import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.customer.SourceChannel;

/**
 * What a lead list or export is narrowed to; null criteria do not narrow. {@code q} matches a
 * fragment of the name or company, or the exact phone or email. Created dates are days in China
 * time, both ends included. {@code ids} (exports of selected leads) narrows further, never widens:
 * the caller's scope always applies.
 */
public record LeadFilter(String q, LeadStatus status, SourceChannel source, Long campaignId, Long ownerId,
                         LocalDate createdFrom, LocalDate createdTo, List<Long> ids) {
}
