package io.pulsecrm.oltp.lead;

import static io.pulsecrm.oltp.customer.FieldFormats.clean;

import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.customer.FieldFormats;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * The fields of a lead a rep edits or imports. The same rules apply to the API and to every
 * imported row ({@link #problems} with prefix "row 7.").
 */
public record LeadDraft(String name, String company, String title, String phone, String email, String industry,
                        String region, String address, SourceChannel source, Long campaignId, String remark) {

    public LeadDraft normalized() {
        return new LeadDraft(clean(name), clean(company), clean(title), clean(phone), clean(email), clean(industry),
                clean(region), clean(address), source, campaignId, clean(remark));
    }

    public List<FieldProblem> problems(String prefix) {
        FieldChecks checks = new FieldChecks().text(name, prefix + "name", 100);
        FieldFormats.optionalText(checks, company, prefix + "company", 200);
        FieldFormats.optionalText(checks, title, prefix + "title", 100);
        FieldFormats.phone(checks, phone, prefix + "phone");
        FieldFormats.email(checks, email, prefix + "email");
        FieldFormats.optionalText(checks, industry, prefix + "industry", 32);
        FieldFormats.optionalText(checks, region, prefix + "region", 64);
        FieldFormats.optionalText(checks, address, prefix + "address", 300);
        checks.require(source != null, prefix + "source", "is required: one of " + List.of(SourceChannel.values()));
        checks.require(campaignId == null || campaignId > 0, prefix + "campaignId", "must be a campaign id");
        FieldFormats.optionalText(checks, remark, prefix + "remark", 2000);
        return FieldFormats.collect(checks);
    }

    static LeadDraft of(Lead lead) {
        return new LeadDraft(lead.getName(), lead.getCompany(), lead.getTitle(), lead.getPhone(), lead.getEmail(),
                lead.getIndustry(), lead.getRegion(), lead.getAddress(), lead.getSource(), lead.getCampaignId(),
                lead.getRemark());
    }

    Changes changesTo(LeadDraft next) {
        return Changes.none().field("name", name, next.name).field("company", company, next.company)
                .field("title", title, next.title).field("phone", phone, next.phone).field("email", email, next.email)
                .field("industry", industry, next.industry).field("region", region, next.region)
                .field("address", address, next.address).field("source", source, next.source)
                .field("campaignId", campaignId, next.campaignId).field("remark", remark, next.remark);
    }
}
