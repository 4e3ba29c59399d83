package io.pulsecrm.oltp.customer;

import static io.pulsecrm.oltp.customer.FieldFormats.clean;

import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.FieldProblem;

/** The fields of a contact (联系人) a rep edits. */
public record ContactDraft(String name, String title, String phone, String mobile, String email, String remark) {

    public ContactDraft normalized() {
        return new ContactDraft(clean(name), clean(title), clean(phone), clean(mobile), clean(email), clean(remark));
    }

    public List<FieldProblem> problems(String prefix) {
        FieldChecks checks = new FieldChecks().text(name, prefix + "name", 100);
        FieldFormats.optionalText(checks, title, prefix + "title", 100);
        FieldFormats.phone(checks, phone, prefix + "phone");
        FieldFormats.phone(checks, mobile, prefix + "mobile");
        FieldFormats.email(checks, email, prefix + "email");
        FieldFormats.optionalText(checks, remark, prefix + "remark", 1000);
        return FieldFormats.collect(checks);
    }

    static ContactDraft of(Contact c) {
        return new ContactDraft(c.getName(), c.getTitle(), c.getPhone(), c.getMobile(), c.getEmail(), c.getRemark());
    }

    Changes changesTo(ContactDraft next) {
        return Changes.none().field("name", name, next.name).field("title", title, next.title)
                .field("phone", phone, next.phone).field("mobile", mobile, next.mobile)
                .field("email", email, next.email).field("remark", remark, next.remark);
    }
}
