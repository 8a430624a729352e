package com.opsledger.command.storagelocation;

import com.opsledger.command.qualitycheck.QualityCheckNumbers;
import com.opsledger.kernel.qualitycheck.OpenQualityCheckCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Opens the {@code storage} quality check of a batch: its id follows from the note's alert, the stock item and the
 * batch, so an event handled again opens no second check.
 */
@Component
class QualityStorageChecks implements StorageCheckOpener {

    private final CommandGateway commands;
    private final QualityCheckNumbers numbers;

    QualityStorageChecks(CommandGateway commands, QualityCheckNumbers numbers) {
        this.commands = commands;
        this.numbers = numbers;
    }

    @Override
    public void openStorageCheck(StockAtLocations.StoredBatch batch, String note) {
        String id = UUID.nameUUIDFromBytes((note + "/" + batch.stockItemId() + "/" + batch.batch())
                .getBytes(StandardCharsets.UTF_8)).toString();
        commands.sendAndWait(new OpenQualityCheckCommand(id, numbers.next(), "storage", batch.productId(),
                batch.warehouseId(), batch.batch(), batch.quantity(), null, null, batch.stockItemId(), note));
    }
}
