package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalPolicyTest {

    private final ApprovalPolicy policy = new ApprovalPolicy(new BigDecimal("1000"), new BigDecimal("10000"));

    @ParameterizedTest
    @CsvSource({"0, AUTOMATIC", "999.99, AUTOMATIC", "1000, MANAGER", "10000, MANAGER", "10000.01, ADMIN"})
    void canAskForTheLevelThatTheTotalNeeds(String total, ApprovalLevel level) {
        assertThat(policy.requiredFor(Money.of(new BigDecimal(total), "EUR"))).isEqualTo(level);
    }

    @Test
    void cannotBeConfiguredWithTheAdminThresholdBelowTheManagerThreshold() {
        assertThatThrownBy(() -> new ApprovalPolicy(new BigDecimal("100"), new BigDecimal("99")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void canLetAnAdminApproveWhatAManagerMayButNotTheOtherWayRound() {
        assertThat(ApprovalLevel.ADMIN.covers(ApprovalLevel.MANAGER)).isTrue();
        assertThat(ApprovalLevel.MANAGER.covers(ApprovalLevel.ADMIN)).isFalse();
    }
}
