package io.pulsecrm.oltp.product;

/** What a list of products is narrowed to; a null criterion does not narrow. */
public record ProductFilter(String q, String category, Boolean active) {
}
