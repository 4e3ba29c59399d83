package io.pulsecrm.oltp.followup;

/** How a communication reached the other side (电话、邮件、上门拜访、短信、其他). */
public enum ContactMethod {
    PHONE, EMAIL, VISIT, SMS, OTHER
}
