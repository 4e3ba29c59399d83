package io.pulsecrm.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Customers for tests: a fully set one to vary, and one with nothing set. */
final class Customers {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private long id = 1;
    private Long ownerId = 7L;
    private Long ownerDeptId = 3L;
    private String industry = "IT";
    private String region = "上海";
    private String level = "KEY";
    private String source = "EXHIBITION";
    private String lifecycleStage = "CUSTOMER";
    private LocalDate lastReceiptOn = TODAY.minusDays(10);
    private int contractCount = 2;
    private BigDecimal receivedTotal = new BigDecimal("120000.00");
    private int followUps30d = 4;
    private int followUps90d = 9;
    private List<Long> campaigns = List.of(11L, 12L);

    static Customers customer() {
        return new Customers();
    }

    /** A pooled customer with no text, no receipt, no contract, no follow-up, no campaign. */
    static Customers bare() {
        Customers c = new Customers();
        c.ownerId = null;
        c.ownerDeptId = null;
        c.industry = null;
        c.region = null;
        c.source = null;
        c.level = "NORMAL";
        c.lifecycleStage = "POOLED";
        c.lastReceiptOn = null;
        c.contractCount = 0;
        c.receivedTotal = BigDecimal.ZERO.setScale(2);
        c.followUps30d = 0;
        c.followUps90d = 0;
        c.campaigns = List.of();
        return c;
    }

    Customers id(long id) { this.id = id; return this; }
    Customers industry(String v) { this.industry = v; return this; }
    Customers region(String v) { this.region = v; return this; }
    Customers level(String v) { this.level = v; return this; }
    Customers source(String v) { this.source = v; return this; }
    Customers lifecycleStage(String v) { this.lifecycleStage = v; return this; }
    Customers lastReceiptOn(LocalDate v) { this.lastReceiptOn = v; return this; }
    Customers contractCount(int v) { this.contractCount = v; return this; }
    Customers receivedTotal(String v) { this.receivedTotal = v == null ? null : new BigDecimal(v); return this; }
    Customers followUps30d(int v) { this.followUps30d = v; return this; }
    Customers followUps90d(int v) { this.followUps90d = v; return this; }
    Customers campaigns(Long... v) { this.campaigns = List.of(v); return this; }

    CustomerFeatures build() {
        return new CustomerFeatures(id, ownerId, ownerDeptId, industry, region, level, source, lifecycleStage,
                lastReceiptOn, contractCount, receivedTotal, followUps30d, followUps90d, campaigns);
    }
}
