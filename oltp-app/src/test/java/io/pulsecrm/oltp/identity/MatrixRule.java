package io.pulsecrm.oltp.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import org.springframework.http.HttpStatus;

/**
 * What the data-scope rule allows in the organization {@link ScopeMatrix} builds, written out by
 * hand from its picture rather than computed the way the application computes it.
 */
final class MatrixRule {

    private MatrixRule() {
    }

    /**
     * A data scope (or a team seat), the user it is tried with, and the owner it reaches along the
     * longest way (a subordinate's subordinate, a child department, a chosen department, a team seat).
     */
    enum Case {
        SELF("A", "A"), SELF_AND_SUBORDINATES("D", "B"), DEPT("C", "D"), DEPT_AND_CHILDREN("V", "A"), CUSTOM("X", "N"),
        ALL("Y", "X"), TEAM("T", "N");

        final String viewer;
        final String farthest;

        Case(String viewer, String farthest) {
            this.viewer = viewer;
            this.farthest = farthest;
        }
    }

    /** What a viewer may do with a record: nothing (404), read it (a change is 403) or change it. */
    enum Reach { NONE, READ, WRITE }

    static final List<String> OWNERS = List.of("V", "D", "C", "L", "A", "B", "N", "X", "Y");

    /** The owners whose records each case reaches by data scope, written out by hand from the picture above. */
    static final Map<Case, Set<String>> SEES = Map.of(
            Case.SELF, Set.of("A"),
            Case.SELF_AND_SUBORDINATES, Set.of("D", "L", "A", "B"),
            Case.DEPT, Set.of("D", "C"),
            Case.DEPT_AND_CHILDREN, Set.of("V", "D", "C", "L", "A", "B", "N"),
            Case.CUSTOM, Set.of("X", "D", "C", "N"),
            Case.ALL, Set.copyOf(OWNERS),
            Case.TEAM, Set.of());

    /** What the rule lets the case's viewer do with the owner's record of this kind. */
    static Reach reach(Case c, Kind kind, String owner) {
        if (SEES.get(c).contains(owner)) {
            return Reach.WRITE;
        }
        return c == Case.TEAM && owner.equals("N") ? kind.team : Reach.NONE;
    }

    /** Whether the kind's list shows the record: follow-ups without a record named list their authors in scope. */
    static boolean listed(Case c, Kind kind, String owner) {
        return kind == Kind.FOLLOW_UP ? SEES.get(c).contains(owner) : reach(c, kind, owner) != Reach.NONE;
    }

    /** Every case with every one of the kinds, as test arguments. */
    static Stream<Arguments> every(Kind... kinds) {
        return Arrays.stream(Case.values()).flatMap(c -> Arrays.stream(kinds).map(kind -> Arguments.of(c, kind)));
    }

    /** The answer to a change: done in reach, 403 where the record is only readable, 404 out of reach. */
    static HttpStatus status(Reach reach, HttpStatus done) {
        return switch (reach) {
            case NONE -> HttpStatus.NOT_FOUND;
            case READ -> HttpStatus.FORBIDDEN;
            case WRITE -> done;
        };
    }
}
