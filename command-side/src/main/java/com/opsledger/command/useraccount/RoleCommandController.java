package com.opsledger.command.useraccount;

import com.opsledger.command.web.CommandSender;
import com.opsledger.command.web.IdResponse;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.useraccount.ChangeRolePermissionsCommand;
import com.opsledger.kernel.useraccount.DefineRoleCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

@RestController
@RequestMapping("/api/v1/admin/roles")
@Tag(name = "Administration: roles")
public record RoleCommandController(CommandSender sender) {

    public record RoleRequest(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 500) String description,
                              @NotEmpty Set<String> permissions) {
    }

    public record RoleChangeRequest(@NotBlank @Size(max = 500) String description, @NotEmpty Set<String> permissions) {
    }

    @RequiresPermission("roles:create")
    @PostMapping
    @Operation(summary = "Create a custom role from permissions (resource:action, * for any part)")
    public IdResponse create(@Valid @RequestBody RoleRequest body) {
        return sender.create("/api/v1/admin/roles", new DefineRoleCommand(body.name(), body.description(),
                body.permissions()));
    }

    @RequiresPermission("roles:update")
    @PutMapping("/{name}")
    @Operation(summary = "Change a role's permissions; its users get them on their next request")
    public IdResponse change(@PathVariable String name, @Valid @RequestBody RoleChangeRequest body) {
        return sender.send(new ChangeRolePermissionsCommand(name, body.description(), body.permissions()));
    }
}
