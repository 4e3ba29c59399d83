package io.pulsecrm.oltp.customer;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.stereotype.Component;

/**
 * Loads a customer for one of three kinds of use. Reading: owner in scope or on the team; out of
 * reach is 404. Writing its fields and contacts: also READ-only team members are refused (403).
 * Managing it (team, lock, transfer, delete, release): only whoever has the owner in scope — a
 * team member, even with WRITE access, works on the customer but does not decide who else does.
 */
@Component
class CustomerAccess {

    private final CustomerRepository customers;
    private final RecordAccess access;
    private final CurrentViewer viewer;

    CustomerAccess(CustomerRepository customers, RecordAccess access, CurrentViewer viewer) {
        this.customers = customers;
        this.access = access;
        this.viewer = viewer;
    }

    Customer readable(long id) {
        Customer customer = customers.findById(id).orElseThrow(() -> new CustomerNotFound(id));
        if (!access.canRead(viewer.get(), TeamEntity.CUSTOMER, id, customer.getOwnerId())) {
            throw new CustomerNotFound(id);
        }
        return customer;
    }

    Customer writable(long id, String permission) {
        Customer customer = readable(id);
        if (!access.canWrite(viewer.get(), TeamEntity.CUSTOMER, id, customer.getOwnerId())) {
            throw new PermissionDenied(permission);
        }
        return customer;
    }

    Customer managed(long id, String permission) {
        Customer customer = readable(id);
        Viewer me = viewer.get();
        if (!me.sees(customer.getOwnerId())) {
            throw new PermissionDenied(permission);
        }
        return customer;
    }
}
