package com.opsledger.command.supplier;

import com.opsledger.command.registry.ReferenceRegistry;
import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Reason;
import com.opsledger.kernel.supplier.ChangeSupplierStatusCommand;
import com.opsledger.kernel.supplier.CreateSupplierCommand;
import com.opsledger.kernel.supplier.OfferSupplierProductCommand;
import com.opsledger.kernel.supplier.PaymentTerms;
import com.opsledger.kernel.supplier.SupplierCreatedEvent;
import com.opsledger.kernel.supplier.SupplierProductOfferedEvent;
import com.opsledger.kernel.supplier.SupplierProductWithdrawnEvent;
import com.opsledger.kernel.supplier.SupplierStatus;
import com.opsledger.kernel.supplier.SupplierStatusChangedEvent;
import com.opsledger.kernel.supplier.SupplierUpdatedEvent;
import com.opsledger.kernel.supplier.UpdateSupplierCommand;
import com.opsledger.kernel.supplier.WithdrawSupplierProductCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A company we buy from: its code is unique, it starts pending, and only while active may it be ordered from. */
@Aggregate
public class Supplier {

    static final String CODE_SCOPE = "supplier.code";

    @AggregateIdentifier
    private String supplierId;
    private SupplierStatus status;
    private PaymentTerms paymentTerms;
    private Set<String> products;

    protected Supplier() {
    }

    @CommandHandler
    public Supplier(CreateSupplierCommand command, ReferenceRegistry registry, SupplierDirectory directory) {
        String code = SupplierRules.code(command.code());
        String name = SupplierRules.name(command.name());
        PaymentTerms terms = SupplierRules.paymentTerms(command.paymentTerms());
        SupplierRules.leadTime("leadTimeDays", command.leadTimeDays());
        SupplierCreatedEvent event = new SupplierCreatedEvent(command.supplierId(), code, name,
                SupplierRules.contactPerson(command.contactPerson()), SupplierRules.email(command.email()),
                SupplierRules.phone(command.phone()), SupplierRules.address(command.address()), terms,
                command.leadTimeDays(), SupplierStatus.PENDING);
        registry.claim(CODE_SCOPE, "code", code.toUpperCase(Locale.ROOT), command.supplierId());
        directory.register(command.supplierId(), SupplierStatus.PENDING, terms.days());
        apply(event);
    }

    @CommandHandler
    public void handle(UpdateSupplierCommand command, SupplierDirectory directory) {
        String name = SupplierRules.name(command.name());
        PaymentTerms terms = SupplierRules.paymentTerms(command.paymentTerms());
        SupplierRules.leadTime("leadTimeDays", command.leadTimeDays());
        SupplierUpdatedEvent event = new SupplierUpdatedEvent(supplierId, name,
                SupplierRules.contactPerson(command.contactPerson()), SupplierRules.email(command.email()),
                SupplierRules.phone(command.phone()), SupplierRules.address(command.address()), terms,
                command.leadTimeDays());
        directory.changed(supplierId, status, terms.days());
        apply(event);
    }

    @CommandHandler
    public void handle(ChangeSupplierStatusCommand command, SupplierDirectory directory) {
        if (command.status() == null) {
            throw new InvalidValueException("status", "is required");
        }
        if (command.status() == status) {
            return;
        }
        if (!status.mayBecome(command.status())) {
            throw new BusinessRuleViolationException("supplier-status-change",
                    "a " + status + " supplier cannot become " + command.status());
        }
        String reason = Reason.optional("reason", command.reason());
        directory.changed(supplierId, command.status(), paymentTerms.days());
        apply(new SupplierStatusChangedEvent(supplierId, status, command.status(), reason));
    }

    @CommandHandler
    public void handle(OfferSupplierProductCommand command, ReferenceRegistry registry, SupplierDirectory directory) {
        if (registry.productUnit(command.productId()).isEmpty()) {
            throw new NotFoundException("product", command.productId());
        }
        if (command.price() == null || command.price().signum() < 0) {
            throw new InvalidValueException("price", "must be zero or more");
        }
        Money price = Money.of(Money.requireInRange("price", command.price()), command.currency());
        SupplierRules.leadTime("leadTimeDays", command.leadTimeDays());
        directory.offer(supplierId, command.productId(), new SupplierDirectory.Offer(price, command.leadTimeDays()));
        apply(new SupplierProductOfferedEvent(supplierId, command.productId(), price, command.leadTimeDays()));
    }

    @CommandHandler
    public void handle(WithdrawSupplierProductCommand command, SupplierDirectory directory) {
        if (!products.contains(command.productId())) {
            throw new NotFoundException("catalogue product", command.productId());
        }
        directory.withdraw(supplierId, command.productId());
        apply(new SupplierProductWithdrawnEvent(supplierId, command.productId()));
    }

    @EventSourcingHandler
    void on(SupplierCreatedEvent event) {
        supplierId = event.supplierId();
        status = event.status();
        paymentTerms = event.paymentTerms();
        products = new HashSet<>();
    }

    @EventSourcingHandler
    void on(SupplierUpdatedEvent event) {
        paymentTerms = event.paymentTerms();
    }

    @EventSourcingHandler
    void on(SupplierStatusChangedEvent event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(SupplierProductOfferedEvent event) {
        products.add(event.productId());
    }

    @EventSourcingHandler
    void on(SupplierProductWithdrawnEvent event) {
        products.remove(event.productId());
    }
}
