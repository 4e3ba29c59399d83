/**
 * Marketers' segments (客户分群): a name and a rule tree over customer features (module
 * {@code segment-rules}), owned like every other record: the owner's data scope decides who reads,
 * edits and deletes one. This app only stores them; the stream processors evaluate them (they read
 * {@code segment} by CDC) and dashboards show their members.
 */
package io.pulsecrm.oltp.segment;
