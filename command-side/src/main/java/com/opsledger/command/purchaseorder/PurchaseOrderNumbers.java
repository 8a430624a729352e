package com.opsledger.command.purchaseorder;

/** Draws purchase order numbers: sequential, never handed out twice (a refused command may leave a gap). */
public interface PurchaseOrderNumbers {

    String next();
}
