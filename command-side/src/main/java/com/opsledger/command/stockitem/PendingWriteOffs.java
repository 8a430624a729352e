package com.opsledger.command.stockitem;

import com.opsledger.kernel.common.BusinessRuleViolationException;
import com.opsledger.kernel.common.Money;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.common.Quantity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The write-offs of a stock item that wait for a manager, and the ids of the ones asked for so far. */
final class PendingWriteOffs {

    record Pending(String id, Quantity quantity, String reason, String batch, String disposalMethod, Money value) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final java.util.Set<String> decided = new java.util.HashSet<>();
    private int requested;

    /** The id of the next write-off asked for: the same however often the stock item is sourced. */
    String nextId(String stockItemId) {
        return UUID.nameUUIDFromBytes((stockItemId + "/write-off/" + (requested + 1))
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    void requested(Pending writeOff) {
        requested++;
        pending.put(writeOff.id(), writeOff);
    }

    void decided(String id) {
        pending.remove(id);
        decided.add(id);
    }

    /** The pending write-off, refused when unknown (404) or decided already (409). */
    Pending open(String id) {
        Pending writeOff = pending.get(id);
        if (writeOff != null) {
            return writeOff;
        }
        if (decided.contains(id)) {
            throw new BusinessRuleViolationException("write-off-decided", "the write-off was approved or rejected "
                    + "already");
        }
        throw new NotFoundException("write-off", id);
    }
}
