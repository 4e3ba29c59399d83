package io.pulsecrm.oltp.customer;

import static io.pulsecrm.oltp.customer.FieldFormats.clean;

import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * The fields of a customer a rep edits. {@link #problems} names every broken rule at once;
 * {@link #normalized} is what gets stored (trimmed, blanks as null, level defaulted).
 * Industry and region are free text (V3 keeps them varchar); level and source are enumerations.
 */
public record CustomerDraft(String name, CustomerLevel level, String industry, String region, String address,
                            String phone, String email, String website, SourceChannel source, Long campaignId,
                            String remark) {

    public static final int NAME_MAX = 200;

    public CustomerDraft normalized() {
        return new CustomerDraft(clean(name), level == null ? CustomerLevel.NORMAL : level, clean(industry),
                clean(region), clean(address), clean(phone), clean(email), clean(website), source, campaignId,
                clean(remark));
    }

    /** The broken rules, each naming {@code prefix + field} (prefix "" for a request body). */
    public List<FieldProblem> problems(String prefix) {
        FieldChecks checks = new FieldChecks();
        checks.text(name, prefix + "name", NAME_MAX);
        FieldFormats.optionalText(checks, industry, prefix + "industry", 32);
        FieldFormats.optionalText(checks, region, prefix + "region", 64);
        FieldFormats.optionalText(checks, address, prefix + "address", 300);
        FieldFormats.phone(checks, phone, prefix + "phone");
        FieldFormats.email(checks, email, prefix + "email");
        FieldFormats.optionalText(checks, website, prefix + "website", 200);
        FieldFormats.optionalText(checks, remark, prefix + "remark", 2000);
        checks.require(campaignId == null || campaignId > 0, prefix + "campaignId", "must be a campaign id");
        return FieldFormats.collect(checks);
    }

    static CustomerDraft of(Customer c) {
        return new CustomerDraft(c.getName(), c.getLevel(), c.getIndustry(), c.getRegion(), c.getAddress(),
                c.getPhone(), c.getEmail(), c.getWebsite(), c.getSource(), c.getCampaignId(), c.getRemark());
    }

    /** What changed from this draft to {@code next}, for the operation log. */
    Changes changesTo(CustomerDraft next) {
        return Changes.none().field("name", name, next.name).field("level", level, next.level)
                .field("industry", industry, next.industry).field("region", region, next.region)
                .field("address", address, next.address).field("phone", phone, next.phone)
                .field("email", email, next.email).field("website", website, next.website)
                .field("source", source, next.source).field("campaignId", campaignId, next.campaignId)
                .field("remark", remark, next.remark);
    }
}
