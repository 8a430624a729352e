package com.opsledger.command.qualitycheck;

import com.opsledger.command.invoice.PurchaseOrderFacts;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.purchaseorder.PurchaseOrderStatus;
import com.opsledger.kernel.qualitycheck.AddQualityPhotoCommand;
import com.opsledger.kernel.qualitycheck.CancelQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.DecideQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import com.opsledger.kernel.qualitycheck.QualityCheckCancelledEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckOpenedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckPassedEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckRejectedEvent;
import com.opsledger.kernel.qualitycheck.QualityPhotoAddedEvent;
import com.opsledger.kernel.qualitycheck.QualityResultsRecordedEvent;
import com.opsledger.kernel.qualitycheck.QualityScores;
import com.opsledger.kernel.qualitycheck.RecordQualityResultsCommand;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.notFound;
import static com.opsledger.command.DomainExceptions.violated;
import static com.opsledger.command.ProcurementFixtures.PURCHASE_ORDER_ID;
import static com.opsledger.command.ProcurementFixtures.SUPPLIER_ID;
import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;
import static com.opsledger.command.StockFixtures.registryWithProductAndWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

class QualityCheckTest {

    private static final String CHECK_ID = "d4c3b2a1-1f2e-4d3c-9b8a-7f6e5d4c3b01";
    private static final String PHOTO_ID = "e4c3b2a1-1f2e-4d3c-9b8a-7f6e5d4c3b01";
    private static final String RECEIPT_ID = "f4c3b2a1-1f2e-4d3c-9b8a-7f6e5d4c3b01";
    private static final String HASH = "a".repeat(64);
    private static final String INSPECTOR = "inspector-1";
    private static final MetaData BY_INSPECTOR = MetaData.with("userId", INSPECTOR);

    private FixtureConfiguration<QualityCheck> fixture;

    @BeforeEach
    void setUp() {
        PurchaseOrderFacts orders = id -> id.equals(PURCHASE_ORDER_ID) ? Optional.of(new PurchaseOrderFacts.Order(
                SUPPLIER_ID, "EUR", PurchaseOrderStatus.SENT, BigDecimal.ZERO, BigDecimal.ZERO, Map.of("1",
                new PurchaseOrderFacts.Line(PRODUCT_ID, kg("10"), kg("0"), Money.of(new BigDecimal("2"), "EUR")))))
                : Optional.empty();
        fixture = aggregateFixture(QualityCheck.class, registryWithProductAndWarehouse(), orders);
    }

    private static OpenQualityCheckCommand open(String productId, String purchaseOrderId, String quantity) {
        return new OpenQualityCheckCommand(CHECK_ID, "QC-000001", "incoming", productId, WAREHOUSE_ID, " L-7 ",
                quantity == null ? null : new BigDecimal(quantity), purchaseOrderId, RECEIPT_ID, null, "first lot");
    }

    private static QualityCheckOpenedEvent opened(String supplierId, String purchaseOrderId) {
        return new QualityCheckOpenedEvent(CHECK_ID, "QC-000001", "incoming", PRODUCT_ID, WAREHOUSE_ID, "L-7",
                kg("4"), supplierId, purchaseOrderId, RECEIPT_ID, null, "first lot", INSPECTOR);
    }

    private static QualityScores scores(Integer appearance, Integer freshness, Integer aroma) {
        return new QualityScores(appearance, freshness, null, null, null, aroma);
    }

    @Test
    void canOpenACheckOfGoodsFromAPurchaseOrderNamingItsSupplier() {
        fixture.givenNoPriorActivity()
                .when(open(PRODUCT_ID, PURCHASE_ORDER_ID, "4"), BY_INSPECTOR)
                .expectEvents(opened(SUPPLIER_ID, PURCHASE_ORDER_ID));
    }

    @Test
    void cannotOpenACheckOfAnUnknownProductTypeOrOrder() {
        fixture.givenNoPriorActivity().when(open(OTHER_PRODUCT_ID, null, null)).expectException(notFound("product"));
        fixture.givenNoPriorActivity().when(new OpenQualityCheckCommand(CHECK_ID, "QC-000001", "smell", PRODUCT_ID,
                WAREHOUSE_ID, null, null, null, null, null, null)).expectException(invalid("checkType"));
        fixture.givenNoPriorActivity().when(open(PRODUCT_ID, RECEIPT_ID, null))
                .expectException(violated("quality-check-order-unknown"));
        fixture.givenNoPriorActivity().when(open(PRODUCT_ID, null, "0")).expectException(invalid("quantity"));
    }

    @Test
    void cannotOpenACheckOfAProductThePurchaseOrderDoesNotOrder() {
        PurchaseOrderFacts other = id -> Optional.of(new PurchaseOrderFacts.Order(SUPPLIER_ID, "EUR",
                PurchaseOrderStatus.SENT, BigDecimal.ZERO, BigDecimal.ZERO, Map.of()));
        aggregateFixture(QualityCheck.class, registryWithProductAndWarehouse(), other).givenNoPriorActivity()
                .when(open(PRODUCT_ID, PURCHASE_ORDER_ID, "4"))
                .expectException(violated("quality-check-product-not-ordered"));
    }

    @Test
    void canRecordResultsWhoseMeanEarnsAGrade() {
        fixture.given(opened(SUPPLIER_ID, PURCHASE_ORDER_ID))
                .when(new RecordQualityResultsCommand(CHECK_ID, scores(9, 8, 8), new BigDecimal("4.5"), null, null,
                        null), BY_INSPECTOR)
                .expectEvents(new QualityResultsRecordedEvent(CHECK_ID, scores(9, 8, 8), new BigDecimal("8.33"),
                        "very-good", new BigDecimal("4.5"), null, null, null, INSPECTOR));
    }

    @Test
    void canGradeEveryBandOfTheOverallScore() {
        assertThat(QualityGrading.grade(new BigDecimal("9.00"))).isEqualTo("excellent");
        assertThat(QualityGrading.grade(new BigDecimal("8.99"))).isEqualTo("very-good");
        assertThat(QualityGrading.grade(new BigDecimal("6.50"))).isEqualTo("good");
        assertThat(QualityGrading.grade(new BigDecimal("6.49"))).isEqualTo("fair");
        assertThat(QualityGrading.grade(new BigDecimal("5"))).isEqualTo("fair");
        assertThat(QualityGrading.grade(new BigDecimal("4.99"))).isEqualTo("poor");
        assertThat(QualityGrading.overall(scores(7, 6, null))).isEqualByComparingTo("6.5");
    }

    @Test
    void cannotRecordResultsWithoutScoresOrOutOfRange() {
        fixture.given(opened(null, null)).when(new RecordQualityResultsCommand(CHECK_ID,
                scores(null, null, null), null, null, null, null)).expectException(invalid("scores"));
        fixture.given(opened(null, null)).when(new RecordQualityResultsCommand(CHECK_ID, scores(5, null, null),
                null, new BigDecimal("101"), null, null)).expectException(invalid("humidityPct"));
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                com.opsledger.kernel.common.InvalidValueException.class, () -> scores(11, null, null)).field())
                .isEqualTo("scores.appearance");
    }

    @Test
    void canPassAnOpenCheckWithTheScoreOfItsLatestResults() {
        fixture.given(opened(SUPPLIER_ID, PURCHASE_ORDER_ID),
                        new QualityResultsRecordedEvent(CHECK_ID, scores(4, null, null), new BigDecimal("4.00"),
                                "poor", null, null, null, null, INSPECTOR),
                        new QualityResultsRecordedEvent(CHECK_ID, scores(9, 8, null), new BigDecimal("8.50"),
                                "very-good", null, null, null, null, INSPECTOR))
                .when(new DecideQualityCheckCommand(CHECK_ID, "pass", null, null, null), BY_INSPECTOR)
                .expectEvents(new QualityCheckPassedEvent(CHECK_ID, "incoming", PRODUCT_ID, WAREHOUSE_ID, "L-7",
                        kg("4"), SUPPLIER_ID, PURCHASE_ORDER_ID, null, null, null, INSPECTOR,
                        new BigDecimal("8.50")));
    }

    @Test
    void canRejectWithAReasonAndADisposition() {
        fixture.given(opened(SUPPLIER_ID, PURCHASE_ORDER_ID))
                .when(new DecideQualityCheckCommand(CHECK_ID, "reject", "mould", "talk to supplier",
                        "return-to-supplier"), BY_INSPECTOR)
                .expectEvents(new QualityCheckRejectedEvent(CHECK_ID, "incoming", PRODUCT_ID, WAREHOUSE_ID, "L-7",
                        kg("4"), SUPPLIER_ID, PURCHASE_ORDER_ID, RECEIPT_ID, null, "mould", "talk to supplier",
                        "return-to-supplier", INSPECTOR, null));
    }

    @Test
    void cannotRejectWithoutReasonOrDispositionOrReturnWithoutSupplier() {
        fixture.given(opened(SUPPLIER_ID, PURCHASE_ORDER_ID))
                .when(new DecideQualityCheckCommand(CHECK_ID, "reject", null, null, "write-off"))
                .expectException(invalid("reason"));
        fixture.given(opened(SUPPLIER_ID, PURCHASE_ORDER_ID))
                .when(new DecideQualityCheckCommand(CHECK_ID, "reject", "mould", null, null))
                .expectException(invalid("disposition"));
        fixture.given(opened(SUPPLIER_ID, PURCHASE_ORDER_ID))
                .when(new DecideQualityCheckCommand(CHECK_ID, "reject", "mould", null, "release"))
                .expectException(violated("quality-reject-disposition"));
        fixture.given(opened(null, null))
                .when(new DecideQualityCheckCommand(CHECK_ID, "reject", "mould", null, "return-to-supplier"))
                .expectException(violated("quality-return-without-supplier"));
        fixture.given(opened(null, null))
                .when(new DecideQualityCheckCommand(CHECK_ID, "pass", null, null, "write-off"))
                .expectException(violated("quality-pass-releases"));
        fixture.given(opened(null, null))
                .when(new DecideQualityCheckCommand(CHECK_ID, "maybe", null, null, null))
                .expectException(invalid("decision"));
    }

    @Test
    void cannotDecideOrRecordOnADecidedCheck() {
        QualityCheckPassedEvent passed = new QualityCheckPassedEvent(CHECK_ID, "incoming", PRODUCT_ID, WAREHOUSE_ID,
                "L-7", kg("4"), null, null, null, null, null, INSPECTOR, null);
        fixture.given(opened(null, null), passed)
                .when(new DecideQualityCheckCommand(CHECK_ID, "reject", "late find", null, "write-off"))
                .expectException(violated("quality-check-closed"));
        fixture.given(opened(null, null), passed)
                .when(new RecordQualityResultsCommand(CHECK_ID, scores(3, null, null), null, null, null, null))
                .expectException(violated("quality-check-closed"));
        fixture.given(opened(null, null), passed)
                .when(new CancelQualityCheckCommand(CHECK_ID, "mistake"))
                .expectException(violated("quality-check-closed"));
    }

    @Test
    void canCancelAnOpenCheckWithAReason() {
        fixture.given(opened(null, null))
                .when(new CancelQualityCheckCommand(CHECK_ID, " opened twice "))
                .expectEvents(new QualityCheckCancelledEvent(CHECK_ID, null, "L-7", "opened twice"));
        fixture.given(opened(null, null)).when(new CancelQualityCheckCommand(CHECK_ID, " "))
                .expectException(invalid("reason"));
    }

    @Test
    void canAddAPhotoOnceWhateverTimesItIsSent() {
        fixture.given(opened(null, null))
                .when(new AddQualityPhotoCommand(CHECK_ID, PHOTO_ID, HASH, 1234, "image/png"), BY_INSPECTOR)
                .expectEvents(new QualityPhotoAddedEvent(CHECK_ID, PHOTO_ID, HASH, 1234, "image/png", INSPECTOR))
                .expectResultMessagePayload(PHOTO_ID);
        fixture.given(opened(null, null), new QualityPhotoAddedEvent(CHECK_ID, PHOTO_ID, HASH, 1234, "image/png",
                        INSPECTOR))
                .when(new AddQualityPhotoCommand(CHECK_ID, RECEIPT_ID, HASH, 1234, "image/png"))
                .expectNoEvents().expectResultMessagePayload(PHOTO_ID);
    }

    @Test
    void cannotAddMoreThanTenPhotos() {
        List<Object> given = new ArrayList<>();
        given.add(opened(null, null));
        for (int i = 0; i < QualityCheck.MAX_PHOTOS; i++) {
            given.add(new QualityPhotoAddedEvent(CHECK_ID, "photo-" + i, "hash-" + i, 10, "image/jpeg", INSPECTOR));
        }
        fixture.given(given).when(new AddQualityPhotoCommand(CHECK_ID, PHOTO_ID, HASH, 10, "image/jpeg"))
                .expectException(violated("quality-check-photo-limit"));
    }
}
