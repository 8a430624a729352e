package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotPermittedException;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalPolicyTest {

    private final ApprovalPolicy policy = ApprovalPolicy.of(settings(Map.of(
            "EUR", List.of(new BigDecimal("1000"), new BigDecimal("10000")),
            "inr", List.of(new BigDecimal("90000"), new BigDecimal("900000"))), true));

    @ParameterizedTest
    @CsvSource({"0, AUTOMATIC", "999.99, AUTOMATIC", "1000, MANAGER", "10000, MANAGER", "10000.01, ADMIN"})
    void canAskForTheLevelThatTheTotalNeeds(String total, ApprovalLevel level) {
        assertThat(policy.requiredFor(Money.of(new BigDecimal(total), "EUR"))).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"EUR, 5000, MANAGER", "INR, 5000, AUTOMATIC", "INR, 90000, MANAGER", "INR, 900001, ADMIN",
            "EUR, 900001, ADMIN"})
    void canCompareATotalWithTheThresholdsOfItsOwnCurrency(String currency, String total, ApprovalLevel level) {
        assertThat(policy.requiredFor(Money.of(new BigDecimal(total), currency))).isEqualTo(level);
    }

    @Test
    void cannotApproveInACurrencyThatHasNoThresholds() {
        assertThatThrownBy(() -> policy.requiredFor(Money.of(new BigDecimal("999"), "JPY")))
                .isInstanceOfSatisfying(BusinessRuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("approval-thresholds");
                    assertThat(e.field()).isEqualTo("currency");
                    assertThat(e.getMessage()).contains("JPY", "EUR, INR");
                });
    }

    @Test
    void cannotBeConfiguredWithTheAdminThresholdBelowTheManagerThreshold() {
        assertThatThrownBy(() -> ApprovalPolicy.uniform(new BigDecimal("100"), new BigDecimal("99"), true, "EUR"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApprovalPolicy.of(settings(Map.of("EUR", List.of(new BigDecimal("100"))), true)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApprovalPolicy.of(settings(Map.of("EURO",
                List.of(BigDecimal.ONE, BigDecimal.TEN)), true))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void canLetAnAdminApproveWhatAManagerMayButNotTheOtherWayRound() {
        assertThat(ApprovalLevel.ADMIN.covers(ApprovalLevel.MANAGER)).isTrue();
        assertThat(ApprovalLevel.MANAGER.covers(ApprovalLevel.ADMIN)).isFalse();
    }

    @Test
    void cannotLetTheDrafterApproveWithFourEyes() {
        assertThatThrownBy(() -> policy.requireSecondPerson("approve", "u-kim", "u-kim", "u-kim"))
                .isInstanceOfSatisfying(NotPermittedException.class,
                        e -> assertThat(e.rule()).isEqualTo("four-eyes"));
        assertThatCode(() -> policy.requireSecondPerson("approve", "u-maria", "u-kim", "u-kim"))
                .doesNotThrowAnyException();
    }

    @Test
    void cannotLetTheSubmitterApproveADraftTheApplicationMade() {
        assertThatThrownBy(() -> policy.requireSecondPerson("approve", "u-kim", null, "u-kim"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> policy.requireSecondPerson("approve", "u-kim", "system", "u-kim"))
                .isInstanceOf(NotPermittedException.class);
        assertThatCode(() -> policy.requireSecondPerson("approve", "u-kim", "u-ana", "u-kim"))
                .as("drafted by Ana, submitted by Kim: Kim is the second person").doesNotThrowAnyException();
    }

    @Test
    void canLetTheDrafterApproveWithoutFourEyes() {
        ApprovalPolicy relaxed = ApprovalPolicy.uniform(new BigDecimal("1000"), new BigDecimal("10000"), false,
                "EUR");
        assertThatCode(() -> relaxed.requireSecondPerson("approve", "u-kim", "u-kim", "u-kim"))
                .doesNotThrowAnyException();
    }

    private static ApprovalSettings settings(Map<String, List<BigDecimal>> thresholds, boolean fourEyes) {
        return new ApprovalSettings() {
            @Override
            public Map<String, List<BigDecimal>> thresholdsByCurrency() {
                return thresholds;
            }

            @Override
            public boolean fourEyesRequired() {
                return fourEyes;
            }
        };
    }
}
