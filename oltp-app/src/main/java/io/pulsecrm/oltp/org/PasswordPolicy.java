package io.pulsecrm.oltp.org;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;

/**
 * What a new password must be. The upper bound is BCrypt's: it reads 72 bytes and Spring's encoder
 * refuses longer input, so a longer password would fail at hashing rather than here.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The broken rules, named {@code field}; empty when the password is acceptable. */
    static List<FieldProblem> check(String field, String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem(field, "is required"));
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new FieldProblem(field, "must be at least " + MIN_LENGTH + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_BYTES + " bytes in UTF-8"));
        }
        if (password.isBlank()) {
            problems.add(new FieldProblem(field, "must not be only blanks"));
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            problems.add(new FieldProblem(field, "must not be the username"));
        }
        return problems;
    }
}
