package com.opsledger.command.qualitycheck;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.common.InvalidValueException;
import com.opsledger.kernel.files.StoredFiles;
import com.opsledger.kernel.qualitycheck.AddQualityPhotoCommand;
import com.opsledger.kernel.qualitycheck.QualityCheckId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

/**
 * Photos of a check: the content is kept by its hash in the file store (the same picture once), the check records
 * the hash, size and type. The type is read from the content; a file that is not a JPEG or PNG image is refused.
 */
@RestController
@RequestMapping(QualityCheckCommandController.PATH)
@Tag(name = "Quality checks")
public record QualityPhotoController(CommandSender sender, StoredFiles files) {

    /** Takes any content type, so that authorization comes first; a body that is not a form is a 400 naming file. */
    @PostMapping("/{id}/photos")
    @RequiresPermission("quality-checks:inspect")
    @Operation(summary = "Attach a photo (multipart part 'file', JPEG or PNG by its content, at most 5 MB; at most 10 "
            + "per check); the same picture again answers the photo it already is")
    public IdResponse add(@PathVariable QualityCheckId id, @RequestPart("file") MultipartFile file)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidValueException("file", "is empty");
        }
        StoredFiles.StoredFile stored = files.store(file.getBytes(), StoredFiles.IMAGES);
        String photoId = sender.dispatch(new AddQualityPhotoCommand(id.value(), Ids.newId(), stored.hash(),
                stored.size(), stored.contentType()));
        return IdResponse.created(QualityCheckCommandController.PATH + "/" + id.value() + "/photos", photoId);
    }
}
