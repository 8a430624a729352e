package com.opsledger.command.purchaseorder;

import com.opsledger.command.supplier.SupplierDirectory;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.purchaseorder.CreatePurchaseOrderCommand;
import com.opsledger.kernel.purchaseorder.ProposeReplenishmentCommand;
import com.opsledger.kernel.purchaseorder.PurchaseOrderLineSpec;
import com.opsledger.kernel.purchaseorder.RaiseReplenishmentLineCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns a shortfall of a product in a warehouse into a draft purchase order line to the product's preferred
 * supplier, at its catalogue price: into that supplier's open draft for the warehouse in the price's currency, or a
 * new draft. Answers the purchase order's id.
 */
@Component
public class ReplenishmentPlanner {

    private final CommandGateway commands;
    private final SupplierDirectory suppliers;
    private final ReplenishmentDrafts drafts;
    private final PurchaseOrderNumbers numbers;

    public ReplenishmentPlanner(CommandGateway commands, SupplierDirectory suppliers, ReplenishmentDrafts drafts,
                                PurchaseOrderNumbers numbers) {
        this.commands = commands;
        this.suppliers = suppliers;
        this.drafts = drafts;
        this.numbers = numbers;
    }

    @CommandHandler
    public String handle(ProposeReplenishmentCommand command) {
        String productId = Ids.requireValid("productId", command.productId());
        String warehouseId = Ids.requireValid("warehouseId", command.warehouseId());
        if (command.quantity() == null || command.quantity().signum() <= 0) {
            throw new InvalidValueException("quantity", "must be greater than zero");
        }
        String reason = command.reason() == null || command.reason().isBlank() ? "replenishment"
                : command.reason().strip();
        String supplierId = suppliers.preferredSupplier(productId).orElseThrow(() ->
                new BusinessRuleViolationException("no-preferred-supplier",
                        "product " + productId + " has no preferred supplier to replenish from"));
        SupplierDirectory.Offer offer = suppliers.offer(supplierId, productId).orElseThrow(() ->
                new BusinessRuleViolationException("not-in-catalogue",
                        "the preferred supplier " + supplierId + " has no price for product " + productId));
        String currency = offer.price().currency();
        String draft = drafts.openDraft(supplierId, warehouseId, currency).orElse(null);
        if (draft == null) {
            String id = Ids.newId();
            if (drafts.claim(supplierId, warehouseId, currency, id)) {
                commands.sendAndWait(new CreatePurchaseOrderCommand(id, supplierId, warehouseId,
                        offer.price().currency(), List.of(new PurchaseOrderLineSpec(productId, command.quantity(),
                        offer.price().amount())), null, null, null, "replenishment: " + reason, numbers.next()));
                return id;
            }
            draft = drafts.openDraft(supplierId, warehouseId, currency).orElseThrow();
        }
        commands.sendAndWait(new RaiseReplenishmentLineCommand(draft, productId, command.quantity(),
                offer.price().amount(), currency, reason));
        return draft;
    }
}
