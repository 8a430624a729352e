package com.opsledger.command.useraccount;

import com.opsledger.command.web.CommandSender;
import com.opsledger.kernel.access.Caller;
import com.opsledger.kernel.access.CallerSession;
import com.opsledger.kernel.access.RequiresPermission;
import com.opsledger.kernel.useraccount.ChangePasswordCommand;
import com.opsledger.kernel.useraccount.ConfirmTotpCommand;
import com.opsledger.kernel.useraccount.StartTotpEnrolmentCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** What every signed-in user can do to their own account. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
public record AccountCommandController(CommandSender sender) {

    public static final String OWN_ACCOUNT = "account:manage";
    private static final String ISSUER = "OpsLedger";

    public record PasswordChangeRequest(@NotBlank @Size(max = 72) String currentPassword,
                                        @NotBlank @Size(max = 72) String newPassword) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "PasswordChangeRequest[secrets hidden]";
        }
    }

    /** {@code currentPassword} is needed only to replace a confirmed second factor. */
    public record TotpEnrolmentRequest(@Size(max = 72) String currentPassword) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "TotpEnrolmentRequest[secrets hidden]";
        }
    }

    public record TotpEnrolmentView(String secret, String otpauthUri) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "TotpEnrolmentView[secrets hidden]";
        }
    }

    public record TotpConfirmationRequest(@NotBlank @Size(max = 10) String code) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "TotpConfirmationRequest[secrets hidden]";
        }
    }

    public record RecoveryCodesView(List<String> recoveryCodes) {
        /** Never shows the secret, in logs or error messages. */
        @Override
        public String toString() {
            return "RecoveryCodesView[secrets hidden]";
        }
    }

    @RequiresPermission(OWN_ACCOUNT)
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password: at least 12 characters, none of your last 5; your other sessions "
            + "end, this one stays")
    public void changePassword(@Valid @RequestBody PasswordChangeRequest body, Caller caller, CallerSession session) {
        sender.send(new ChangePasswordCommand(caller.userId(), body.currentPassword(), body.newPassword(),
                session.sessionId()));
    }

    @RequiresPermission(OWN_ACCOUNT)
    @PostMapping("/totp")
    @Operation(summary = "Start two-factor enrolment: add the secret (or the otpauth URI as a QR code) to an "
            + "authenticator app, then confirm with a code; replacing a confirmed second factor needs "
            + "currentPassword, a first enrolment takes {}")
    public TotpEnrolmentView startTotp(@Valid @RequestBody(required = false) TotpEnrolmentRequest body,
                                       Caller caller) {
        String secret = Totp.newSecret();
        sender.send(new StartTotpEnrolmentCommand(caller.userId(), secret, body == null ? null
                : body.currentPassword()));
        return new TotpEnrolmentView(secret, Totp.uri(ISSUER, caller.username(), secret));
    }

    @RequiresPermission(OWN_ACCOUNT)
    @PostMapping("/totp/confirmation")
    @Operation(summary = "Confirm two-factor enrolment with a current code; answers ten single-use recovery codes, "
            + "shown this once")
    public RecoveryCodesView confirmTotp(@Valid @RequestBody TotpConfirmationRequest body, Caller caller) {
        List<String> codes = RecoveryCodes.generate();
        sender.send(new ConfirmTotpCommand(caller.userId(), body.code().strip(),
                codes.stream().map(RecoveryCodes::hash).toList(), Instant.now()));
        return new RecoveryCodesView(codes);
    }
}
