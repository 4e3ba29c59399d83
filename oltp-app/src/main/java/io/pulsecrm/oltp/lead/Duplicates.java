package io.pulsecrm.oltp.lead;

import java.util.List;
import java.util.Locale;

import io.pulsecrm.oltp.customer.FieldFormats;

/** Duplicate warnings (查重): records that share a phone, email or company name with what is being entered. */
public final class Duplicates {

    private Duplicates() {
    }

    /**
     * A record the caller may see that looks like the same person or company.
     *
     * @param type      LEAD, CUSTOMER, or ROW (another row of the same import; id is its row number)
     * @param matchedOn the keys that matched: phone, email, company
     */
    public record Duplicate(String type, long id, String name, List<String> matchedOn) {
    }

    /** The duplicates the caller may see, and how many others exist that they may not. */
    public record Report(List<Duplicate> duplicates, int hiddenDuplicates) {

        public static final Report NONE = new Report(List.of(), 0);

        public boolean isEmpty() {
            return duplicates.isEmpty() && hiddenDuplicates == 0;
        }
    }

    /** The keys compared: the phone as typed (trimmed), email and company lower-cased. */
    public record Keys(String phone, String email, String company) {

        public static Keys of(String phone, String email, String company) {
            return new Keys(FieldFormats.clean(phone), lower(email), lower(company));
        }

        boolean isEmpty() {
            return phone == null && email == null && company == null;
        }

        private static String lower(String value) {
            String clean = FieldFormats.clean(value);
            return clean == null ? null : clean.toLowerCase(Locale.ROOT);
        }
    }
}
