package io.pulsecrm.dashboards.support;

/**
 * The organization the dashboard browser tests share the shape of: the super admin in the top department, and one team
 * under it with a rep and a second rep who owns the records the first must not see. The ids are each test's own.
 */
public record OneTeam(long team, long rep, long other) {

    /** The two logins the browser tests use. */
    public record Logins(SignedIn admin, SignedIn rep) {
    }

    /** Writes the team and the users as the sink would and signs the admin and both reps in. */
    public Logins writeTo(SinkSimulator sink) {
        sink.rows().department(team, BuiltInRoles.TOP_DEPARTMENT, false);
        SignedIn admin = sink.signIn(1, BuiltInRoles.TOP_DEPARTMENT, BuiltInRoles.SUPER_ADMIN);
        SignedIn signedInRep = sink.signIn(rep, team, BuiltInRoles.SALES_REP);
        sink.signIn(other, team, BuiltInRoles.SALES_REP);
        return new Logins(admin, signedInRep);
    }
}
