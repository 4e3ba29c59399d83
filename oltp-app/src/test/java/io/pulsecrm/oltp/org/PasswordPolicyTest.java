package io.pulsecrm.oltp.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eightCharactersThatAreNotTheUsernameAreEnough() {
        assertThat(PasswordPolicy.check("password", "zhang.san", "s3cret-pw")).isEmpty();
        assertThat(PasswordPolicy.check("password", "zhang.san", "密码密码密码密码")).isEmpty();
    }

    @Test
    void sevenCharactersAreTooShort() {
        assertThat(PasswordPolicy.check("password", "li", "1234567")).extracting(FieldProblem::message)
                .containsExactly("must be at least 8 characters");
    }

    @Test
    void theUsernameIsNotAPasswordInAnyCase() {
        assertThat(PasswordPolicy.check("newPassword", "Zhang.San", "zhang.SAN")).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("newPassword", "must not be the username"));
    }

    @Test
    void aMissingPasswordIsRequired() {
        assertThat(PasswordPolicy.check("password", "li", null)).extracting(FieldProblem::message).containsExactly("is required");
        assertThat(PasswordPolicy.check("password", "li", "")).extracting(FieldProblem::message).containsExactly("is required");
    }

    @Test
    void blanksAloneAreNoPassword() {
        assertThat(PasswordPolicy.check("password", "li", "          ")).extracting(FieldProblem::message)
                .containsExactly("must not be only blanks");
    }

    @Test
    void moreThanBcryptReadsIsRefused() {
        assertThat(PasswordPolicy.check("password", "li", "a".repeat(72))).isEmpty();
        assertThat(PasswordPolicy.check("password", "li", "a".repeat(73))).extracting(FieldProblem::message)
                .containsExactly("must be at most 72 bytes in UTF-8");
        // 25 Chinese characters are 75 bytes
        assertThat(PasswordPolicy.check("password", "li", "密".repeat(25))).isNotEmpty();
    }
}
