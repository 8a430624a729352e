package com.opsledger.query.delivery;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.delivery.DeliveryId;
import com.opsledger.kernel.delivery.DeliveryView;
import com.opsledger.kernel.delivery.FindDeliveryQuery;
import com.opsledger.kernel.files.FileTypes;
import com.opsledger.kernel.files.StoredFiles;
import com.opsledger.query.common.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** The files of a delivery's proof, served back from the content store to whoever may see the delivery. */
@RestController
@RequestMapping("/api/v1/deliveries")
@Tag(name = "Deliveries")
public record DeliveryProofQueryController(Queries queries, StoredFiles files) {

    @GetMapping(path = "/{id}/proof/signature", produces = MediaType.IMAGE_PNG_VALUE)
    @RequiresPermission("deliveries:read")
    @Operation(summary = "The signature given on delivery, as uploaded (never changes: cached privately)")
    public ResponseEntity<byte[]> signature(@PathVariable DeliveryId id, @Parameter(hidden = true) Caller caller) {
        DeliveryView delivery = delivery(id, caller);
        return serve("signature", id, delivery.proof() == null ? null : delivery.proof().signature());
    }

    @GetMapping(path = "/{id}/proof/photo", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @RequiresPermission("deliveries:read")
    @Operation(summary = "The photo taken on delivery, as uploaded (never changes: cached privately)")
    public ResponseEntity<byte[]> photo(@PathVariable DeliveryId id, @Parameter(hidden = true) Caller caller) {
        DeliveryView delivery = delivery(id, caller);
        return serve("photo", id, delivery.proof() == null ? null : delivery.proof().photo());
    }

    private DeliveryView delivery(DeliveryId id, Caller caller) {
        return queries.one(new FindDeliveryQuery(id.value(), caller.customerScope(),
                caller.isScoped() ? caller.scope().driverFilter() : null), DeliveryView.class, "delivery", id.value());
    }

    private ResponseEntity<byte[]> serve(String file, DeliveryId id, String hash) {
        byte[] content = files.open(hash).orElseThrow(() -> new NotFoundException(file + " of delivery", id.value()));
        String type = FileTypes.sniff(content).orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate()).eTag(hash).body(content);
    }
}
