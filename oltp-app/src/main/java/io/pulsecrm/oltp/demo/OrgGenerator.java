package io.pulsecrm.oltp.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Org.Group;
import io.pulsecrm.oltp.demo.Org.SalesDepartment;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * A sales centre with three regions and seven groups under the root department, plus marketing,
 * service and management; 37 users whose managers form the chain rep → group lead → regional
 * director → sales VP. Everyone can log in with the demo password.
 */
final class OrgGenerator {

    /** BCrypt (cost 10) of the demo password {@code demo123456}, computed once offline. */
    static final String DEMO_PASSWORD_HASH = "$2a$10$C56qPgVNqyQ3wJc2MRlxCe2JUfR06bFs6Fltknh/b0tjavEAccZXe";

    private record Dept(String key, String parent, String name, int position) {
    }

    private record Person(String username, String name, String dept, String manager, String role, String title) {
    }

    private static final List<Dept> DEPARTMENTS = List.of(
            new Dept("sales", null, "销售中心", 1), new Dept("marketing", null, "市场部", 2),
            new Dept("service", null, "客服部", 3), new Dept("management", null, "管理部", 4),
            new Dept("east", "sales", "华东大区", 1), new Dept("north", "sales", "华北大区", 2),
            new Dept("south", "sales", "华南大区", 3),
            // the groups, in the order of Companies.City#group
            new Dept("sh1", "east", "上海一组", 1), new Dept("sh2", "east", "上海二组", 2), new Dept("hz", "east", "杭州组", 3),
            new Dept("bj1", "north", "北京一组", 1), new Dept("tj", "north", "天津组", 2),
            new Dept("sz", "south", "深圳组", 1), new Dept("gz", "south", "广州组", 2));

    private static final List<String> GROUPS = List.of("sh1", "sh2", "hz", "bj1", "tj", "sz", "gz");

    private static final List<Person> PEOPLE = List.of(
            new Person("zhouxin", "周鑫", "management", null, "ADMIN", "管理部经理"),
            new Person("wangqiang", "王强", "sales", null, "SALES_MANAGER", "销售副总裁"),
            new Person("liuyang", "刘洋", "east", "wangqiang", "SALES_MANAGER", "华东大区总监"),
            new Person("guojun", "郭军", "north", "wangqiang", "SALES_MANAGER", "华北大区总监"),
            new Person("xiehui", "谢辉", "south", "wangqiang", "SALES_MANAGER", "华南大区总监"),
            new Person("chenjie", "陈杰", "sh1", "liuyang", "SALES_MANAGER", "上海一组组长"),
            new Person("yangtao", "杨涛", "sh2", "liuyang", "SALES_MANAGER", "上海二组组长"),
            new Person("huangyong", "黄勇", "hz", "liuyang", "SALES_MANAGER", "杭州组组长"),
            new Person("maxiao", "马晓", "bj1", "guojun", "SALES_MANAGER", "北京一组组长"),
            new Person("luochao", "罗超", "tj", "guojun", "SALES_MANAGER", "天津组组长"),
            new Person("songjia", "宋佳", "sz", "xiehui", "SALES_MANAGER", "深圳组组长"),
            new Person("dengli", "邓丽", "gz", "xiehui", "SALES_MANAGER", "广州组组长"),
            rep("zhangwei", "张伟", "sh1", "chenjie"), rep("lina", "李娜", "sh1", "chenjie"),
            rep("wangfang", "王芳", "sh1", "chenjie"), rep("zhaomin", "赵敏", "sh2", "yangtao"),
            rep("sunlei", "孙磊", "sh2", "yangtao"), rep("wujing", "吴静", "sh2", "yangtao"),
            rep("xuli", "徐丽", "hz", "huangyong"), rep("zhuhao", "朱浩", "hz", "huangyong"),
            rep("hejing", "何静", "bj1", "maxiao"), rep("linpeng", "林鹏", "bj1", "maxiao"),
            rep("gaoyan", "高艳", "bj1", "maxiao"), rep("zhengting", "郑婷", "tj", "luochao"),
            rep("liangyu", "梁宇", "tj", "luochao"), rep("tangming", "唐明", "sz", "songjia"),
            rep("hanxue", "韩雪", "sz", "songjia"), rep("fengkai", "冯凯", "sz", "songjia"),
            rep("caoyu", "曹宇", "gz", "dengli"), rep("pengbo", "彭博", "gz", "dengli"),
            rep("zengxin", "曾欣", "gz", "dengli"),
            new Person("xiaoting", "肖婷", "marketing", "zhouxin", "MARKETER", "市场经理"),
            new Person("tianyu", "田雨", "marketing", "xiaoting", "MARKETER", "市场专员"),
            new Person("dongmei", "董梅", "marketing", "xiaoting", "MARKETER", "市场专员"),
            new Person("panwen", "潘文", "service", "zhouxin", "SERVICE_AGENT", "客服主管"),
            new Person("yuanli", "袁莉", "service", "panwen", "SERVICE_AGENT", "客服专员"),
            new Person("caiying", "蔡颖", "service", "panwen", "SERVICE_AGENT", "客服专员"));

    private OrgGenerator() {
    }

    private static Person rep(String username, String name, String group, String lead) {
        return new Person(username, name, group, lead, "SALES_REP", "销售代表");
    }

    static Org generate(Connection connection, CopyWriter writer, Timeline timeline, SplittableRandom random)
            throws SQLException {
        long goLive = Timeline.at(timeline.startDay, 9 * 3600);
        Map<String, Long> depts = new HashMap<>();
        depts.put(null, rootDepartment(connection));
        for (Dept dept : DEPARTMENTS) {
            long id = writer.nextId(DemoTable.DEPARTMENT);
            depts.put(dept.key(), id);
            writer.rows(DemoTable.DEPARTMENT).num(id).num(depts.get(dept.parent())).text(dept.name())
                    .num(dept.position()).ts(goLive).ts(goLive).end();
        }
        Map<String, Long> roles = roles(connection);
        Map<String, Long> users = new HashMap<>();
        Map<String, Long> userDepts = new HashMap<>();
        for (Person person : PEOPLE) {
            long id = writer.nextId(DemoTable.APP_USER);
            users.put(person.username(), id);
            userDepts.put(person.username(), depts.get(person.dept()));
            long time = goLive + users.size() * 60L;
            writer.rows(DemoTable.APP_USER).num(id).text(person.username()).text(person.name())
                    .text(person.username() + "@pulsecrm.example").text(ChineseNames.mobile(random))
                    .text(person.title()).num(depts.get(person.dept()))
                    .ref(person.manager() == null ? 0 : users.get(person.manager()))
                    .ts(time).ts(time).end();
            writer.rows(DemoTable.USER_ROLE).num(id).num(roles.get(person.role())).end();
            writer.rows(DemoTable.USER_CREDENTIAL).num(id).text(DEMO_PASSWORD_HASH).ts(time).end();
        }
        return org(depts, users, userDepts);
    }

    private static Org org(Map<String, Long> depts, Map<String, Long> users, Map<String, Long> userDepts) {
        List<Seller> sellers = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS.size(); g++) {
            String key = GROUPS.get(g);
            List<Seller> members = new ArrayList<>();
            for (Person person : PEOPLE) {
                if (key.equals(person.dept())) {
                    boolean lead = person.role().equals("SALES_MANAGER");
                    Seller seller = new Seller(sellers.size(), users.get(person.username()), depts.get(key),
                            person.name(), g, lead, users.get(person.manager()));
                    sellers.add(seller);
                    members.add(seller);
                }
            }
            groups.add(new Group(DEPARTMENTS.get(7 + g).name(), depts.get(key), members.getFirst().userId(), members));
        }
        List<SalesDepartment> salesDepartments = new ArrayList<>();
        for (Dept dept : DEPARTMENTS) {
            List<Seller> below = sellers.stream().filter(s -> isUnder(s.deptId(), dept.key(), depts)).toList();
            if (!below.isEmpty()) {
                salesDepartments.add(new SalesDepartment(depts.get(dept.key()), below));
            }
        }
        return new Org(groups, sellers, salesDepartments, users.get("zhouxin"), depts.get("marketing"),
                new long[] {users.get("xiaoting"), users.get("tianyu"), users.get("dongmei")}, depts.get("service"),
                new long[] {users.get("panwen"), users.get("yuanli"), users.get("caiying")});
    }

    private static boolean isUnder(long deptId, String key, Map<String, Long> depts) {
        for (Dept dept = find(deptId, depts); dept != null; dept = find(depts.get(dept.parent()), depts)) {
            if (dept.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static Dept find(Long deptId, Map<String, Long> depts) {
        return DEPARTMENTS.stream().filter(d -> depts.get(d.key()).equals(deptId)).findFirst().orElse(null);
    }

    private static long rootDepartment(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet root = statement.executeQuery("select id from department where parent_id is null")) {
            if (!root.next()) {
                throw new IllegalStateException("The root department (V2) is missing");
            }
            return root.getLong(1);
        }
    }

    private static Map<String, Long> roles(Connection connection) throws SQLException {
        Map<String, Long> roles = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select code, id from app_role where code is not null")) {
            while (rows.next()) {
                roles.put(rows.getString(1), rows.getLong(2));
            }
        }
        return roles;
    }
}
