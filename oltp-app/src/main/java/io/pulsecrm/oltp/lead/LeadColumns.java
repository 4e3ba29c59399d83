package io.pulsecrm.oltp.lead;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a lead spreadsheet, with the Chinese header exports write and imports accept
 * next to the English one. Export-only columns (id, status, owner, times) are ignored on import,
 * so an exported file can be edited and imported back.
 */
enum LeadColumns {
    ID("ID", "id", false),
    NAME("姓名", "name", true),
    COMPANY("公司", "company", true),
    TITLE("职位", "title", true),
    PHONE("电话", "phone", true),
    EMAIL("邮箱", "email", true),
    INDUSTRY("行业", "industry", true),
    REGION("地区", "region", true),
    ADDRESS("地址", "address", true),
    SOURCE("来源", "source", true),
    CAMPAIGN("活动ID", "campaignId", true),
    REMARK("备注", "remark", true),
    STATUS("状态", "status", false),
    OWNER("负责人", "owner", false),
    NEXT_CONTACT("下次联系时间", "nextContactAt", false),
    LAST_FOLLOW_UP("最近跟进时间", "lastFollowUpAt", false),
    CREATED("创建时间", "createdAt", false);

    final String chinese;
    final String english;
    /** Whether an import reads this column (else it is only written by exports). */
    final boolean imported;

    LeadColumns(String chinese, String english, boolean imported) {
        this.chinese = chinese;
        this.english = english;
        this.imported = imported;
    }

    /** The column a header names, in Chinese or English (any case, surrounding blanks ignored). */
    static Optional<LeadColumns> byHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String text = header.replace("\uFEFF", "").strip();
        return Arrays.stream(values())
                .filter(c -> c.chinese.equals(text) || c.english.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static List<String> importable() {
        return Arrays.stream(values()).filter(c -> c.imported).map(c -> c.chinese + "/" + c.english).toList();
    }
}
