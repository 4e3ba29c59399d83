package io.pulsecrm.warehouse.query.sales;

import java.util.List;

/** The organization with names, for the dashboard's department tree and employee switch. */
public record OrgDirectory(List<Department> departments, List<Person> people) {

    /** @param parentId null for the top department */
    public record Department(long id, Long parentId, String name, int position) {
    }

    public record Person(long id, String displayName, long departmentId, boolean enabled) {
    }

    public OrgDirectory {
        departments = List.copyOf(departments);
        people = List.copyOf(people);
    }
}
