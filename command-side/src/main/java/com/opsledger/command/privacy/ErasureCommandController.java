package com.opsledger.command.privacy;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.common.Ids;
import com.opsledger.kernel.privacy.EraseDataSubjectCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/erasures")
@Tag(name = "Personal data")
public record ErasureCommandController(CommandSender sender) {

    public record EraseRequest(@NotBlank @Size(max = 64) String subjectId, @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping
    @RequiresPermission("erasures:create")
    @Operation(summary = "Erase a person (a customer or a user id): the key of their personal data is deleted, so "
            + "every event keeps its place but their personal fields read back as erased; once per person (409)")
    public IdResponse erase(@Valid @RequestBody EraseRequest body) {
        return sender.create("/api/v1/admin/erasures", new EraseDataSubjectCommand(Ids.newId(), body.subjectId(),
                body.reason()));
    }
}
