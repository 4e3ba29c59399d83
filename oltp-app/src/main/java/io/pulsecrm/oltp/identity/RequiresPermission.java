package io.pulsecrm.oltp.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation permission ('<module>:<action>') an endpoint needs; checked before the handler
 * runs, so a caller without it gets 403 and nothing changes. Every mutating endpoint carries one
 * (a test walks all mappings to make sure).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    String value();
}
