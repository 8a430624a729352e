package com.opsledger.command;

import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.Quantity;
import com.opsledger.kernel.purchaseorder.ApprovalLevel;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ExpectedLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderApprovedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderConfirmedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderCreatedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLine;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSentEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderTotals;
import com.opsledger.kernel.supplier.CreateSupplierCommand;
import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import com.opsledger.kernel.supplier.SupplierStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.opsledger.command.StockFixtures.OTHER_PRODUCT_ID;
import static com.opsledger.command.StockFixtures.PRODUCT_ID;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static com.opsledger.command.StockFixtures.kg;

/**
 * The canonical records of the procurement tests: one supplier, and one purchase order to it for 100 kg of the
 * stock fixtures' product at 12.50 EUR and 20 kg of the other product at 5 EUR (1,350 EUR: manager approval under
 * the test policy of 1,000 / 10,000).
 */
public final class ProcurementFixtures {

    public static final String SUPPLIER_ID = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e01";
    public static final String OTHER_SUPPLIER_ID = "5b0c9f3e-1a2b-4c3d-8e9f-0a1b2c3d4e02";
    public static final String SUPPLIER_CODE = "MILL-01";
    public static final String PURCHASE_ORDER_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c01";
    public static final String NUMBER = "PO-000123";
    public static final String RECEIPT_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e101";
    public static final String OTHER_RECEIPT_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e102";
    public static final String EUR = "EUR";
    public static final LocalDate EXPECTED = LocalDate.of(2030, 5, 4);

    private ProcurementFixtures() {
    }

    public static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    public static CreateSupplierCommand createSupplier() {
        return new CreateSupplierCommand(SUPPLIER_ID, SUPPLIER_CODE, "Berlin Mills", "Ines Berger",
                "ines@mills.example", "+49 30 1234567", "Mühlenstraße 1", PaymentTerms.NET_30, 7);
    }

    public static SupplierCreatedEvent supplierCreated() {
        return new SupplierCreatedEvent(SUPPLIER_ID, SUPPLIER_CODE, "Berlin Mills", "Ines Berger",
                "ines@mills.example", "+49 30 1234567", "Mühlenstraße 1", PaymentTerms.NET_30, 7,
                SupplierStatus.PENDING);
    }

    public static CreatePurchaseOrderCommand createOrder() {
        return new CreatePurchaseOrderCommand(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, "eur",
                List.of(new PurchaseOrderLineSpec(PRODUCT_ID, new BigDecimal("100"), new BigDecimal("12.50")),
                        new PurchaseOrderLineSpec(OTHER_PRODUCT_ID, new BigDecimal("20"), new BigDecimal("5"))),
                EXPECTED, null, null, "manual", NUMBER);
    }

    public static List<PurchaseOrderLine> lines() {
        return List.of(new PurchaseOrderLine("1", PRODUCT_ID, kg("100"), eur("12.50"), EXPECTED),
                new PurchaseOrderLine("2", OTHER_PRODUCT_ID, kg("20"), eur("5"), EXPECTED));
    }

    public static PurchaseOrderTotals totals(String total) {
        return new PurchaseOrderTotals(eur(total), eur("0"), eur("0"), eur(total));
    }

    public static PurchaseOrderCreatedEvent orderCreated() {
        return new PurchaseOrderCreatedEvent(PURCHASE_ORDER_ID, NUMBER, SUPPLIER_ID, WAREHOUSE_ID, EUR, lines(),
                EXPECTED, null, null, totals("1350.00"), "manual");
    }

    public static PurchaseOrderSubmittedEvent submitted() {
        return new PurchaseOrderSubmittedEvent(PURCHASE_ORDER_ID, "kim", eur("1350.00"), ApprovalLevel.MANAGER);
    }

    public static PurchaseOrderApprovedEvent approved() {
        return new PurchaseOrderApprovedEvent(PURCHASE_ORDER_ID, "maria", ApprovalLevel.MANAGER);
    }

    public static PurchaseOrderSentEvent sent() {
        return new PurchaseOrderSentEvent(PURCHASE_ORDER_ID, SUPPLIER_ID);
    }

    public static PurchaseOrderConfirmedEvent confirmed() {
        return new PurchaseOrderConfirmedEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(
                new ExpectedLine("1", PRODUCT_ID, WAREHOUSE_ID, kg("100"), kg("100"), EXPECTED),
                new ExpectedLine("2", OTHER_PRODUCT_ID, WAREHOUSE_ID, kg("20"), kg("20"), EXPECTED)),
                totals("1350.00"), "supplier");
    }

    public static Quantity q(String amount) {
        return kg(amount);
    }
}
