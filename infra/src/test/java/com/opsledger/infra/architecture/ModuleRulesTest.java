package com.opsledger.infra.architecture;

import com.opsledger.kernel.backorder.BackorderEvent;
import com.opsledger.kernel.customer.CustomerEvent;
import com.opsledger.kernel.invoice.InvoiceEvent;
import com.opsledger.kernel.order.OrderEvent;
import com.opsledger.kernel.purchaseorder.PurchaseOrderEvent;
import com.opsledger.kernel.qualitycheck.QualityCheckEvent;
import com.opsledger.kernel.supplier.SupplierEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of the conventions, checked on the compiled classes of every module. */
class ModuleRulesTest {

    private static JavaClasses opsledger;

    @BeforeAll
    static void importClasses() {
        opsledger = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.opsledger");
    }

    @Test
    void commandSideNeverTouchesQuerySide() {
        noClasses().that().resideInAPackage("com.opsledger.command..")
                .should().dependOnClassesThat().resideInAPackage("com.opsledger.query..")
                .check(opsledger);
    }

    @Test
    void querySideNeverTouchesCommandSide() {
        noClasses().that().resideInAPackage("com.opsledger.query..")
                .should().dependOnClassesThat().resideInAPackage("com.opsledger.command..")
                .check(opsledger);
    }

    @Test
    void sharedKernelDependsOnNothingOfOursNorOnSpringJpaOrElasticsearch() {
        classes().that().resideInAPackage("com.opsledger.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.opsledger.kernel..", "java..",
                        "org.axonframework.modelling.command..", "org.axonframework.serialization..",
                        "com.fasterxml.jackson.annotation..")
                .check(opsledger);
    }

    @Test
    void packagesOfASideDependOnEachOtherOneWayOnly() {
        slices().matching("com.opsledger.command.(*)..").should().beFreeOfCycles().check(opsledger);
        slices().matching("com.opsledger.query.(*)..").should().beFreeOfCycles().check(opsledger);
    }

    /** The table projections follow a record's events through its aggregate's event type: a new event must join. */
    @Test
    void everyEventOfAnAggregateFollowedAsOneTypeDeclaresIt() {
        for (Class<?> type : List.of(BackorderEvent.class, CustomerEvent.class, InvoiceEvent.class, OrderEvent.class,
                PurchaseOrderEvent.class, SupplierEvent.class, QualityCheckEvent.class,
                com.opsledger.kernel.storagelocation.StorageLocationEvent.class)) {
            classes().that().resideInAPackage(type.getPackageName()).and().haveSimpleNameEndingWith("Event")
                    .and().areNotInterfaces()
                    .should().implement(type)
                    .check(opsledger);
        }
    }

    @Test
    void aggregatesNeverImportSpring() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(opsledger);
    }

    @Test
    void readModelEntitiesAndRepositoriesStayPackagePrivate() {
        classes().that().areAnnotatedWith(Entity.class).and().resideInAPackage("com.opsledger.query..")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(opsledger);
        classes().that().areAssignableTo(Repository.class).and().resideInAPackage("com.opsledger.query..")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(opsledger);
    }
}
