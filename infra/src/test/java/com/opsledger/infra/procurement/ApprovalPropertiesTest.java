package com.opsledger.infra.procurement;

import com.opsledger.command.purchaseorder.ApprovalPolicy;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalPropertiesTest {

    @Test
    void canDefaultToTheSameThresholdsForEurUsdGbpAndInrWithFourEyes() {
        ApprovalProperties defaults = bind(Map.of());
        assertThat(defaults.thresholdsByCurrency()).containsOnlyKeys("EUR", "USD", "GBP", "INR");
        assertThat(defaults.thresholdsByCurrency().get("INR"))
                .containsExactly(new BigDecimal("1000"), new BigDecimal("10000"));
        assertThat(defaults.fourEyesRequired()).isTrue();
    }

    @Test
    void canConfigureThresholdsPerCurrencyAndTurnFourEyesOff() {
        ApprovalProperties configured = bind(Map.of(
                "opsledger.procurement.approval.thresholds.INR[0]", "90000",
                "opsledger.procurement.approval.thresholds.INR[1]", "900000",
                "opsledger.procurement.approval.thresholds.chf[0]", "900",
                "opsledger.procurement.approval.thresholds.chf[1]", "9000",
                "opsledger.procurement.approval.four-eyes", "false"));
        ApprovalPolicy policy = ApprovalPolicy.of(configured);
        assertThat(policy.requiredFor(Money.of(new BigDecimal("5000"), "INR"))).isEqualTo(ApprovalLevel.AUTOMATIC);
        assertThat(policy.requiredFor(Money.of(new BigDecimal("5000"), "EUR"))).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(policy.requiredFor(Money.of(new BigDecimal("950"), "CHF"))).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(policy.fourEyes()).isFalse();
        assertThatThrownBy(() -> policy.requiredFor(Money.of(new BigDecimal("999"), "JPY")))
                .isInstanceOf(BusinessRuleViolationException.class);
    }

    private static ApprovalProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("opsledger.procurement.approval", ApprovalProperties.class);
    }

    @Test
    void canReadThresholdsAsConfiguredInYaml() {
        assertThat(bind(Map.of("opsledger.procurement.approval.thresholds.EUR", "500,5000"))
                .thresholdsByCurrency().get("EUR")).isEqualTo(List.of(new BigDecimal("500"), new BigDecimal("5000")));
    }
}
