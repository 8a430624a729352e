package com.opsledger.command.purchaseorder;

import com.opsledger.kernel.purchaseorder.PurchaseOrderCancelledEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderSubmittedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.opsledger.command.ProcurementFixtures.EUR;
import static com.opsledger.command.ProcurementFixtures.PURCHASE_ORDER_ID;
import static com.opsledger.command.ProcurementFixtures.SUPPLIER_ID;
import static com.opsledger.command.ProcurementFixtures.submitted;
import static com.opsledger.command.StockFixtures.WAREHOUSE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplenishmentDraftReleaseTest {

    private static final String OTHER_DRAFT_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c02";
    private static final String UNDRAFTED_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c03";

    private InMemoryReplenishmentDrafts drafts;
    private ReplenishmentDraftRelease release;

    @BeforeEach
    void setUp() {
        drafts = new InMemoryReplenishmentDrafts();
        drafts.claim(SUPPLIER_ID, WAREHOUSE_ID, EUR, PURCHASE_ORDER_ID);
        drafts.claim(SUPPLIER_ID, WAREHOUSE_ID, "USD", OTHER_DRAFT_ID);
        release = new ReplenishmentDraftRelease(drafts);
    }

    @Test
    void canReleaseTheReplenishmentDraftWhenSubmitted() {
        release.on(submitted());
        assertTrue(drafts.openDraft(SUPPLIER_ID, WAREHOUSE_ID, EUR).isEmpty());
        assertEquals(true, drafts.claim(SUPPLIER_ID, WAREHOUSE_ID, EUR, "next"));
        assertEquals(Optional.of(OTHER_DRAFT_ID), drafts.openDraft(SUPPLIER_ID, WAREHOUSE_ID, "USD"));
    }

    @Test
    void canReleaseTheReplenishmentDraftWhenCancelled() {
        release.on(new PurchaseOrderCancelledEvent(PURCHASE_ORDER_ID, SUPPLIER_ID, WAREHOUSE_ID, List.of(), "late"));
        assertTrue(drafts.openDraft(SUPPLIER_ID, WAREHOUSE_ID, EUR).isEmpty());
        assertEquals(Optional.of(OTHER_DRAFT_ID), drafts.openDraft(SUPPLIER_ID, WAREHOUSE_ID, "USD"));
    }

    @Test
    void cannotReleaseAnotherDraftThanTheOneSubmitted() {
        release.on(new PurchaseOrderSubmittedEvent(UNDRAFTED_ID, "kim", submitted().total(),
                submitted().requiredLevel()));
        assertEquals(Optional.of(PURCHASE_ORDER_ID), drafts.openDraft(SUPPLIER_ID, WAREHOUSE_ID, EUR));
    }
}
