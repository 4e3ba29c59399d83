package io.pulsecrm.oltp.org;

/**
 * The editable fields of a user as a request gives them; {@link #normalized()} strips text, turns
 * blank optional text into null and defaults the locale to zh-CN.
 */
public record UserFields(String displayName, String email, String phone, String title, long departmentId,
                         Long managerId, String locale) {

    UserFields withLocale(String value) {
        return new UserFields(displayName, email, phone, title, departmentId, managerId, value);
    }

    UserFields normalized() {
        return new UserFields(displayName == null ? null : displayName.strip(), blankToNull(email), blankToNull(phone),
                blankToNull(title), departmentId, managerId, locale == null ? "zh-CN" : locale);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
