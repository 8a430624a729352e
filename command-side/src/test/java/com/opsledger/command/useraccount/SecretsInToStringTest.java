package com.opsledger.command.useraccount;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsInToStringTest {

    @Test
    void canShowNoSecretOfAnAccountInToString() {
        Session session = new Session("current-refresh-hash", Instant.EPOCH);
        session.rotate("next-refresh-hash");
        assertThat(session.toString()).doesNotContain("refresh-hash");
        assertThat(new AccountCommandController.PasswordChangeRequest("old pass phrase", "new pass phrase")
                .toString()).doesNotContain("pass phrase");
        assertThat(new AccountCommandController.TotpEnrolmentView("JBSWY3DPEHPK3PXP",
                "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP").toString()).doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(new AccountCommandController.TotpConfirmationRequest("123456").toString())
                .doesNotContain("123456");
        assertThat(new AccountCommandController.RecoveryCodesView(List.of("abcdefgh-ijklmnop")).toString())
                .doesNotContain("abcdefgh");
        assertThat(new UserAdminCommandController.CreateUserRequest("ann", "ann@example.com", "Ann",
                "a sturdy pass phrase", Set.of("manager"), null, null, null).toString())
                .doesNotContain("pass phrase").contains("ann");
        assertThat(new UserAdminCommandController.PasswordResetRequest("a sturdy pass phrase").toString())
                .doesNotContain("pass phrase");
    }
}
