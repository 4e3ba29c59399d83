package io.pulsecrm.oltp.contract;

import java.time.LocalDate;

/** What a contract says besides its lines: end date null means open-ended. */
public record ContractTerms(String name, LocalDate signedOn, LocalDate startDate, LocalDate endDate, String remark) {
}
