package io.pulsecrm.oltp.receivable;

/** How the money is (to be) paid. */
public enum PaymentMethod {
    BANK_TRANSFER, CASH, CHEQUE, ALIPAY, WECHAT, OTHER
}
