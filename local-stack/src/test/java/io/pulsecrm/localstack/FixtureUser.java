package io.pulsecrm.localstack;

/**
 * A test JVM in miniature, for {@link LeftoversIT}: {@code crash} starts PostgreSQL and the
 * ClickHouse endpoint and dies without running shutdown hooks (like a kill -9 of failsafe's
 * fork); {@code clean} only takes the shared stack, which clears what an earlier run left;
 * {@code postgres} starts PostgreSQL and exits normally.
 */
public final class FixtureUser {

    private FixtureUser() {}

    public static void main(String[] args) {
        LocalStack stack = LocalStack.shared();
        if (args[0].equals("crash")) {
            stack.postgres();
            stack.clickhouse();
            System.out.println("started, crashing");
            Runtime.getRuntime().halt(1);
        }
        if (args[0].equals("postgres")) {
            stack.postgres();
        }
        System.out.println("clean start done in " + stack.dir());
    }
}
