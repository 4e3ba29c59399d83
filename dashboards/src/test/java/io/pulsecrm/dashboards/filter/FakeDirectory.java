package io.pulsecrm.dashboards.filter;

import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.util.List;

/** The organization the web tests control: empty unless a test sets one. */
public class FakeDirectory implements DirectorySource {

    /** Head office, East China under it and Shanghai under that, where user 11 works. */
    public static final OrgDirectory HEAD_OFFICE = new OrgDirectory(
            List.of(new OrgDirectory.Department(1, null, "总部", 0), new OrgDirectory.Department(2, 1L, "华东", 1),
                    new OrgDirectory.Department(3, 2L, "上海", 1)),
            List.of(new OrgDirectory.Person(11, "张三", 3, true)));

    private volatile OrgDirectory directory = new OrgDirectory(List.of(), List.of());

    public void set(OrgDirectory value) {
        directory = value;
    }

    @Override
    public OrgDirectory directory() {
        return directory;
    }
}
