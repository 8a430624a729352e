package com.opsledger.query.qualitycheck;

import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.AggregateId;
import com.opsledger.kernel.common.NotFoundException;
import com.opsledger.kernel.files.StoredFiles;
import com.opsledger.kernel.qualitycheck.FindQualityCheckQuery;
import com.opsledger.kernel.qualitycheck.QualityCheckId;
import com.opsledger.kernel.qualitycheck.QualityCheckView;
import com.opsledger.kernel.qualitycheck.QualityPhotoView;
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

@RestController
@RequestMapping("/api/v1/quality-checks")
@Tag(name = "Quality checks")
public record QualityPhotoQueryController(Queries queries, StoredFiles files) {

    @GetMapping(path = "/{id}/photos/{photoId}", produces = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @RequiresPermission("quality-checks:read")
    @Operation(summary = "A photo of a check, as it was uploaded (its content never changes: cached privately)")
    public ResponseEntity<byte[]> photo(@PathVariable QualityCheckId id, @PathVariable AggregateId photoId,
                                        @Parameter(hidden = true) Caller caller) {
        QualityCheckView check = queries.one(new FindQualityCheckQuery(id.value(), caller.supplierScope()),
                QualityCheckView.class, "quality check", id.value());
        QualityPhotoView photo = check.photos().stream().filter(p -> p.photoId().equals(photoId.value()))
                .findFirst().orElseThrow(() -> new NotFoundException("photo", photoId.value()));
        byte[] content = files.open(photo.hash()).orElseThrow(() -> new NotFoundException("photo",
                photoId.value()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate()).eTag(photo.hash())
                .body(content);
    }
}
