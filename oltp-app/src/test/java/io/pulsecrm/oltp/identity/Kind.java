package io.pulsecrm.oltp.identity;

import java.util.List;

import io.pulsecrm.oltp.identity.MatrixRule.Reach;

/**
 * A record type of the authorization matrix: the table it lives in, what T's team seats on N's
 * customer (READ) and contracts (WRITE) give on N's record of this type, and the calls that make,
 * list, read, change and delete one. Lists name a filter that only this class's fixture records match.
 */
enum Kind {

    CUSTOMER("customer", "/api/v1/customers", Reach.READ) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post(path, "{\"name\": \"%s\", \"phone\": %s}".formatted(name, fixture ? "\"" + m.phone + "\"" : "null"));
        }

        /** The customer page and its drill-downs: whatever hangs under the customer is read through it. */
        @Override
        List<String> reads(ScopeMatrix m, long id) {
            String at = path + "/" + id;
            return List.of(at, at + "/logs", at + "/contacts", at + "/team", at + "/follow-ups",
                    "/api/v1/follow-ups?customerId=" + id, "/api/v1/follow-ups?subjectType=CUSTOMER&subjectId=" + id);
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(path + "/" + id, "{\"name\": \"%s\", \"phone\": \"%s\", \"remark\": \"%s\", \"version\": %d}"
                    .formatted(m.text("select name from customer where id = ?", id), m.phone, m.changeMark(), m.versionOf(this, id)));
        }
    },
    /** Under the owner's customer: reached through it (a READ seat on the customer reads its contacts). */
    CONTACT("contact", "/api/v1/contacts", Reach.READ) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post("/api/v1/customers/%d/contacts".formatted(m.fixtureCustomer(who)), "{\"name\": \"%s\"}".formatted(name));
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(path + "/" + id, "{\"name\": \"%s\", \"remark\": \"%s\", \"version\": %d}"
                    .formatted(m.text("select name from contact where id = ?", id), m.changeMark(), m.versionOf(this, id)));
        }
    },
    /** Leads have no teams. */
    LEAD("lead", "/api/v1/leads", Reach.NONE) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post(path, "{\"name\": \"%s\", \"company\": %s, \"source\": \"OTHER\"}"
                    .formatted(name, fixture ? "\"" + m.company + "\"" : "null"));
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(path + "/" + id, "{\"name\": \"%s\", \"company\": \"%s\", \"source\": \"OTHER\", \"remark\": \"%s\", \"version\": %d}"
                    .formatted(m.text("select name from lead where id = ?", id), m.company, m.changeMark(), m.versionOf(this, id)));
        }
    },
    /** A draft (only drafts are edited and deleted); its name starts with 草稿 so the list can ask for drafts alone. */
    CONTRACT("contract", "/api/v1/contracts", Reach.WRITE) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post(path, """
                    {"name": "草稿%s", "customerId": %d, "signedOn": "2026-03-01", "lines": [{"productId": %d, "quantity": 1}]}"""
                    .formatted(name, m.fixtureCustomer(who), m.product));
        }

        @Override
        List<String> reads(ScopeMatrix m, long id) {
            String at = path + "/" + id;
            return List.of(at, at + "/logs", at + "/approvals", at + "/plans");
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(path + "/" + id, """
                    {"name": "%s", "signedOn": "2026-03-01", "remark": "%s", "lines": [{"productId": %d, "quantity": 1}], "version": %d}"""
                    .formatted(m.text("select name from contract where id = ?", id), m.changeMark(), m.product, m.versionOf(this, id)));
        }
    },
    /** A payment plan of the owner's approved contract; plans are listed per contract and have no detail of their own. */
    PLAN("payment_plan", null, Reach.WRITE) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post("/api/v1/contracts/%d/plans".formatted(m.approved.get(who)), """
                    {"amount": %s, "dueDate": "2026-06-01", "method": "CASH", "remark": "%s"}""".formatted(fixture ? "500" : "1", name));
        }

        @Override
        List<String> reads(ScopeMatrix m, long id) {
            return List.of(plans(m, id));
        }

        @Override
        String delete(ScopeMatrix m, long id) {
            return plans(m, id) + "/" + id;
        }

        private String plans(ScopeMatrix m, long id) {
            return "/api/v1/contracts/%s/plans".formatted(m.text("select contract_id::text from payment_plan where id = ?", id));
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(delete(m, id), """
                    {"amount": 500, "dueDate": "2026-06-01", "method": "CASH", "reminderDays": 3, "remark": "%s", "version": %d}"""
                    .formatted(m.changeMark(), m.versionOf(this, id)));
        }
    },
    /** On the owner's approved contract; a contract's team sees its receipts. Receipts are never edited. */
    RECEIPT("receipt", "/api/v1/receipts", Reach.WRITE) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post(path, """
                    {"contractId": %d, "amount": 1, "receivedOn": "%s", "method": "CASH", "remark": "%s"}"""
                    .formatted(m.approved.get(who), fixture ? m.received : m.received.plusDays(1), name));
        }
    },
    /** Written by the owner on their customer: READ on the customer reads it, only the author's scope changes it. */
    FOLLOW_UP("follow_up", "/api/v1/follow-ups", Reach.READ) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post(path, "{\"subjectType\": \"CUSTOMER\", \"subjectId\": %d, \"kind\": \"LOG\", \"content\": \"%s\"%s}"
                    .formatted(m.fixtureCustomer(who), name,
                            fixture ? ", \"occurredAt\": \"%s\"".formatted(m.occurred.plusSeconds(MatrixRule.OWNERS.indexOf(who))) : ""));
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(path + "/" + id, "{\"kind\": \"LOG\", \"content\": \"%s\", \"occurredAt\": \"%s\", \"version\": %d}"
                    .formatted(m.changeMark(), m.text("select to_char(occurred_at at time zone 'UTC', "
                            + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from follow_up where id = ?", id), m.versionOf(this, id)));
        }
    },
    /** In the owner's schedule, about their customer; listed per owner (an owner out of scope is 403). */
    TASK("task", "/api/v1/tasks", Reach.NONE) {
        @Override
        Call create(ScopeMatrix m, String who, String name, boolean fixture) {
            return Call.post(path, "{\"title\": \"%s\", \"subjectType\": \"CUSTOMER\", \"subjectId\": %d}"
                    .formatted(name, m.fixtureCustomer(who)));
        }

        @Override
        Call update(ScopeMatrix m, long id) {
            return Call.put(path + "/" + id, "{\"title\": \"%s\", \"priority\": \"HIGH\", \"description\": \"%s\", \"version\": %d}"
                    .formatted(m.text("select title from task where id = ?", id), m.changeMark(), m.versionOf(this, id)));
        }
    };

    /** One request: method, path, JSON body or null. */
    record Call(String verb, String path, String json) {

        static Call post(String path, String json) {
            return new Call("POST", path, json);
        }

        static Call put(String path, String json) {
            return new Call("PUT", path, json);
        }
    }

    final String table;
    final String path;
    final Reach team;

    Kind(String table, String path, Reach team) {
        this.table = table;
        this.path = path;
        this.team = team;
    }

    /** Makes one under {@code who}'s customer or approved contract, as whoever the request is sent as. */
    abstract Call create(ScopeMatrix m, String who, String name, boolean fixture);

    /** The change a user with write access may make, or null where the type is never edited. */
    Call update(ScopeMatrix m, long id) {
        return null;
    }

    /** The record's detail and what is read through it (its log, drill-downs): all 200 in reach, all 404 out of it. */
    List<String> reads(ScopeMatrix m, long id) {
        return List.of(path + "/" + id, path + "/" + id + "/logs");
    }

    String delete(ScopeMatrix m, long id) {
        return path + "/" + id;
    }
}
