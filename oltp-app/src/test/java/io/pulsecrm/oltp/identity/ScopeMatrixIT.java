package io.pulsecrm.oltp.identity;

import static io.pulsecrm.oltp.identity.Kind.CONTACT;
import static io.pulsecrm.oltp.identity.Kind.CONTRACT;
import static io.pulsecrm.oltp.identity.Kind.CUSTOMER;
import static io.pulsecrm.oltp.identity.Kind.FOLLOW_UP;
import static io.pulsecrm.oltp.identity.Kind.LEAD;
import static io.pulsecrm.oltp.identity.Kind.PLAN;
import static io.pulsecrm.oltp.identity.Kind.RECEIPT;
import static io.pulsecrm.oltp.identity.Kind.TASK;
import static io.pulsecrm.oltp.identity.MatrixRule.OWNERS;
import static io.pulsecrm.oltp.identity.MatrixRule.SEES;
import static io.pulsecrm.oltp.identity.MatrixRule.every;
import static io.pulsecrm.oltp.identity.MatrixRule.listed;
import static io.pulsecrm.oltp.identity.MatrixRule.reach;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.pulsecrm.oltp.identity.MatrixRule.Case;
import io.pulsecrm.oltp.identity.MatrixRule.Reach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The authorization matrix, reading: for each data scope (and a team seat) × customers, contacts,
 * leads, contracts, payment plans, receipts, follow-ups and tasks, lists and their counts,
 * searches, exports and details (with their logs and drill-downs) show exactly what the rule allows, no more and
 * no fewer; out of reach is 404. Changes are {@link ScopeChangesIT}'s; opportunities have their
 * own matrix ({@link OpportunityScopeIT}).
 */
class ScopeMatrixIT extends ScopeMatrix {

    static Stream<Arguments> globallyListed() {
        return every(CUSTOMER, CONTACT, LEAD, CONTRACT, RECEIPT, FOLLOW_UP);
    }

    static Stream<Arguments> allKinds() {
        return every(Kind.values());
    }

    static Stream<Arguments> exportedKinds() {
        return every(CUSTOMER, LEAD);
    }

    /** The kind's list, narrowed (by the search box where it has one) to this class's fixture records. */
    private String list(Kind kind) {
        return switch (kind) {
            case CUSTOMER, CONTACT, LEAD -> kind.path + "?size=100&q=" + tag;
            case CONTRACT -> kind.path + "?size=100&q=草稿" + tag;
            case RECEIPT -> kind.path + "?size=100&receivedFrom=%s&receivedTo=%s".formatted(received, received);
            case FOLLOW_UP -> kind.path + "?size=100&from=%s&to=%s".formatted(occurred, occurred.plusSeconds(60));
            default -> throw new IllegalArgumentException(kind + " is listed per owner or per contract");
        };
    }

    private Set<Long> expected(Case c, Kind kind) {
        return OWNERS.stream().filter(owner -> listed(c, kind, owner)).map(owner -> records.get(kind).get(owner))
                .collect(toSet());
    }

    @ParameterizedTest(name = "{0}: the {1} list and its count hold exactly what the rule allows")
    @MethodSource("globallyListed")
    void listsAndSearchesShowExactlyTheRecordsInReach(Case c, Kind kind) {
        as(c);

        MvcTestResult page = get(list(kind));

        assertThat(page).hasStatusOk();
        assertThat(ids(page, "$.items[*].id")).containsExactlyInAnyOrderElementsOf(expected(c, kind));
        assertThat(ScopeMatrixIT.<Integer>read(page, "$.totalItems")).isEqualTo(expected(c, kind).size());
    }

    @ParameterizedTest(name = "{0}: the schedules of owners in scope open, the others answer 403")
    @EnumSource(Case.class)
    void taskListsOpenForOwnersInScopeOnly(Case c) {
        as(c);
        for (String owner : OWNERS) {
            MvcTestResult page = get("/api/v1/tasks?view=inbox&size=100&ownerId=" + people.get(owner));
            if (SEES.get(c).contains(owner)) {
                assertThat(page).as("%s's tasks", owner).hasStatusOk();
                assertThat(ids(page, "$.items[*].id")).containsExactly(records.get(TASK).get(owner));
            } else {
                assertThat(page).as("%s's tasks", owner).hasStatus(HttpStatus.FORBIDDEN);
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} details, logs and drill-downs answer 200 in reach, 404 out of it")
    @MethodSource("allKinds")
    void detailsOpenInReachOnly(Case c, Kind kind) {
        as(c);
        for (String owner : OWNERS) {
            long id = records.get(kind).get(owner);
            HttpStatus expected = reach(c, kind, owner) == Reach.NONE ? HttpStatus.NOT_FOUND : HttpStatus.OK;
            for (String read : kind.reads(this, id)) {
                MvcTestResult answer = get(read);
                assertThat(answer).as("%s of %s: %s", kind, owner, read).hasStatus(expected);
                if (kind == PLAN && expected == HttpStatus.OK) {
                    assertThat(ids(answer, "$[*].id")).containsExactly(id);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}: a {1} export holds exactly the list's records, searched or picked by id")
    @MethodSource("exportedKinds")
    void exportsHoldExactlyTheRecordsInReach(Case c, Kind kind) {
        as(c);
        String everyId = Stream.concat(records.get(kind).values().stream(), Stream.of(pooled)).map(String::valueOf)
                .collect(joining(","));

        assertThat(csvIds(get(kind.path + "/export?format=csv&q=" + tag))).containsExactlyInAnyOrderElementsOf(expected(c, kind));
        assertThat(csvIds(get(kind.path + "/export?format=csv&ids=" + everyId)))
                .containsExactlyInAnyOrderElementsOf(expected(c, kind));
    }

    @ParameterizedTest(name = "{0}: the duplicate check names the leads and customers in reach and only counts the rest")
    @EnumSource(Case.class)
    void theDuplicateCheckNamesOnlyRecordsInReach(Case c) {
        as(c);

        MvcTestResult report = get("/api/v1/leads/duplicates?phone=%s&company=%s".formatted(phone, company));

        assertThat(report).hasStatusOk();
        List<Map<String, Object>> named = read(report, "$.duplicates");
        Set<String> expected = new java.util.HashSet<>();
        expected(c, LEAD).forEach(id -> expected.add("LEAD " + id));
        expected(c, CUSTOMER).forEach(id -> expected.add("CUSTOMER " + id));
        if (c == Case.ALL) { // an ALL scope holds the pool too: the pooled customer's detail opens as well
            expected.add("CUSTOMER " + pooled);
        }
        assertThat(get("/api/v1/customers/" + pooled)).hasStatus(c == Case.ALL ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        assertThat(named).extracting(d -> d.get("type") + " " + d.get("id")).containsExactlyInAnyOrderElementsOf(expected);
        // every fixture lead and customer and the pooled one that are not named are counted
        assertThat(ScopeMatrixIT.<Integer>read(report, "$.hiddenDuplicates")).isEqualTo(2 * OWNERS.size() + 1 - expected.size());
    }

    private static List<Long> csvIds(MvcTestResult export) {
        assertThat(export).hasStatusOk();
        String csv = new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<Long> ids = new ArrayList<>();
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        lines.subList(1, lines.size()).forEach(line -> ids.add(Long.parseLong(line.substring(0, line.indexOf(',')))));
        return ids;
    }
}
