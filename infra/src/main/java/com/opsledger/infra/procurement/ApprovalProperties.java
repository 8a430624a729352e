package com.opsledger.infra.procurement;

import com.opsledger.command.purchaseorder.ApprovalSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code opsledger.procurement.approval.*}: {@code thresholds.<CURRENCY>: [first, second]} per currency, in that
 * currency, on top of the defaults (1,000 and 10,000 for EUR, USD, GBP and INR; a configured currency replaces its
 * default); {@code four-eyes} (default true): the approver is not the person who drafted the order.
 */
@ConfigurationProperties("opsledger.procurement.approval")
public record ApprovalProperties(Map<String, List<BigDecimal>> thresholds, Boolean fourEyes)
        implements ApprovalSettings {

    static final List<BigDecimal> DEFAULT_THRESHOLDS = List.of(new BigDecimal("1000"), new BigDecimal("10000"));
    static final List<String> DEFAULT_CURRENCIES = List.of("EUR", "USD", "GBP", "INR");

    public ApprovalProperties {
        Map<String, List<BigDecimal>> merged = new TreeMap<>();
        DEFAULT_CURRENCIES.forEach(currency -> merged.put(currency, DEFAULT_THRESHOLDS));
        if (thresholds != null) {
            thresholds.forEach((currency, values) -> merged.put(currency.toUpperCase(Locale.ROOT),
                    values == null ? List.of() : List.copyOf(values)));
        }
        thresholds = Map.copyOf(merged);
        fourEyes = fourEyes == null || fourEyes;
    }

    @Override
    public Map<String, List<BigDecimal>> thresholdsByCurrency() {
        return thresholds;
    }

    @Override
    public boolean fourEyesRequired() {
        return fourEyes;
    }
}
