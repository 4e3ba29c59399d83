/**
 * The product catalogue (产品): what reps put on opportunity and contract lines, with its list
 * price. Public API: {@link io.pulsecrm.oltp.product.ProductCatalog} prices the lines other
 * features keep ({@link io.pulsecrm.oltp.product.LineInput} → {@link io.pulsecrm.oltp.product.PricedLine}),
 * and {@link io.pulsecrm.oltp.product.ProductUsage}, through which those features keep a product
 * they use from being deleted without this feature knowing them.
 */
package io.pulsecrm.oltp.product;
