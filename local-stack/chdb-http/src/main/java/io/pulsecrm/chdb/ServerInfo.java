package io.pulsecrm.chdb;

/** What the server tells clients about itself in headers and error texts. */
record ServerInfo(String version, String timezone, String displayName) {}
