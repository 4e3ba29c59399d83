package io.pulsecrm.dashboards.filter;

import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.util.List;

/** The organization the web tests control: empty unless a test sets one. */
public class FakeDirectory implements DirectorySource {

    private volatile OrgDirectory directory = new OrgDirectory(List.of(), List.of());

    public void set(OrgDirectory value) {
        directory = value;
    }

    @Override
    public OrgDirectory directory() {
        return directory;
    }
}
