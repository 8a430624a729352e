package com.opsledger.command.useraccount;

import com.opsledger.command.registry.InMemoryReferenceRegistry;
import com.opsledger.kernel.useraccount.ChangePasswordCommand;
import com.opsledger.kernel.useraccount.ConfirmTotpCommand;
import com.opsledger.kernel.useraccount.CreateUserCommand;
import com.opsledger.kernel.useraccount.DisableUserCommand;
import com.opsledger.kernel.useraccount.LogInCommand;
import com.opsledger.kernel.useraccount.LoginFailedEvent;
import com.opsledger.kernel.useraccount.LoginOutcome;
import com.opsledger.kernel.useraccount.PasswordChangedEvent;
import com.opsledger.kernel.useraccount.RecoveryCodeUsedEvent;
import com.opsledger.kernel.useraccount.RefreshOutcome;
import com.opsledger.kernel.useraccount.RefreshSessionCommand;
import com.opsledger.kernel.useraccount.RefreshTokenReuseDetectedEvent;
import com.opsledger.kernel.useraccount.ResetSecondFactorCommand;
import com.opsledger.kernel.useraccount.SecondFactorResetEvent;
import com.opsledger.kernel.useraccount.SessionEndedEvent;
import com.opsledger.kernel.useraccount.SessionRefreshedEvent;
import com.opsledger.kernel.useraccount.StartTotpEnrolmentCommand;
import com.opsledger.kernel.useraccount.TotpCodeUsedEvent;
import com.opsledger.kernel.useraccount.TotpEnabledEvent;
import com.opsledger.kernel.useraccount.TotpEnrolmentStartedEvent;
import com.opsledger.kernel.useraccount.UserCreatedEvent;
import com.opsledger.kernel.useraccount.UserDisabledEvent;
import com.opsledger.kernel.useraccount.UserLockedOutEvent;
import com.opsledger.kernel.useraccount.UserLoggedInEvent;
import com.opsledger.kernel.useraccount.UserUnlockedEvent;
import com.opsledger.kernel.useraccount.UnlockUserCommand;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.opsledger.command.AggregateFixtures.aggregateFixture;
import static com.opsledger.command.DomainExceptions.duplicate;
import static com.opsledger.command.DomainExceptions.invalid;
import static com.opsledger.command.DomainExceptions.violated;

class UserAccountTest {

    static final String USER = "6f1c7a52-2a7e-4f0b-9d51-0b7f2c1d0e01";
    static final String SESSION = "0e4f5b8a-9c1d-4e2f-8a3b-5c6d7e8f9a01";
    static final String PASSWORD = "a long enough secret";
    static final String HASH = "hashed:" + PASSWORD;
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant SESSION_END = NOW.plus(Duration.ofHours(12));

    /** A transparent stand-in for bcrypt: aggregate rules are about which hash matches, not how it is made. */
    static final PasswordHasher HASHER = new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
            return "hashed:" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return hash.equals("hashed:" + rawPassword);
        }
    };

    private FixtureConfiguration<UserAccount> fixture;
    private InMemoryReferenceRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryReferenceRegistry();
        registry.claim("role.name", "name", "warehouse-staff", "warehouse-staff");
        fixture = aggregateFixture(UserAccount.class, registry, HASHER);
    }

    private static CreateUserCommand create(String password) {
        return new CreateUserCommand(USER, "Dana", "dana@example.com", "Dana Doe", password,
                Set.of("warehouse-staff"), null, null, null);
    }

    private static UserCreatedEvent created() {
        return new UserCreatedEvent(USER, "Dana", "dana@example.com", "Dana Doe", Set.of("warehouse-staff"), null,
                null, null);
    }

    private static LogInCommand login(String password, String totp, String session, Instant at) {
        return new LogInCommand(USER, password, totp, session, "refresh-1", SESSION_END, "10.0.0.7", at);
    }

    private static UserLoggedInEvent loggedIn() {
        return new UserLoggedInEvent(USER, SESSION, "refresh-1", SESSION_END, "10.0.0.7", false);
    }

    private static LoginFailedEvent failed(int inARow) {
        return new LoginFailedEvent(USER, "bad-password", inARow, "10.0.0.7");
    }

    @Test
    void canCreateUserWithHashedPasswordOnly() {
        fixture.givenNoPriorActivity()
                .when(create(PASSWORD))
                .expectEvents(created(), new PasswordChangedEvent(USER, HASH, true));
    }

    @Test
    void cannotCreateUserWithShortPasswordOrUnknownRoleOrTakenUsername() {
        fixture.givenNoPriorActivity().when(create("too short")).expectException(invalid("password"));
        fixture.givenNoPriorActivity()
                .when(new CreateUserCommand(USER, "dana", "dana@example.com", "Dana", PASSWORD, Set.of("pilot"), null,
                        null, null))
                .expectException(invalid("roles"));
        registry.claim("user.username", "username", "dana", "someone-else");
        fixture.givenNoPriorActivity().when(create(PASSWORD)).expectException(duplicate("username"));
    }

    @Test
    void cannotSetAPasswordLongerThan72BytesWhichBcryptWouldRefuse() {
        fixture.givenNoPriorActivity().when(create("p".repeat(73))).expectException(invalid("password"));
        // 40 characters, 80 bytes in UTF-8
        fixture.givenNoPriorActivity().when(create("ä".repeat(40))).expectException(invalid("password"));
        fixture.givenNoPriorActivity().when(create("p".repeat(72))).expectSuccessfulHandlerExecution();
    }

    @Test
    void canSignInWithTheRightPassword() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true))
                .when(login(PASSWORD, null, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SIGNED_IN)
                .expectEvents(loggedIn());
    }

    @Test
    void canRecordFailuresInARowWithoutLockingTheAccountOrEndingItsSessions() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn(), failed(1), failed(2),
                        failed(3), failed(4))
                .when(login("wrong password!", null, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.BAD_CREDENTIALS)
                .expectEvents(failed(5));
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), failed(1), failed(2), failed(3),
                        failed(4), failed(5), failed(6))
                .when(login(PASSWORD, null, "another-session", NOW))
                .expectResultMessagePayload(LoginOutcome.SIGNED_IN);
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn(), failed(1), failed(2),
                        failed(3), failed(4), failed(5), failed(6))
                .when(new RefreshSessionCommand(USER, SESSION, "refresh-1", "refresh-2", "10.0.0.7", NOW))
                .expectResultMessagePayload(RefreshOutcome.ROTATED);
    }

    @Test
    void canSignInAfterALockoutOfOldAndSetTheFailuresBackToZero() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true),
                        new UserLockedOutEvent(USER, NOW.plus(Duration.ofMinutes(15)), "10.0.0.7"))
                .when(login(PASSWORD, null, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SIGNED_IN);
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), failed(1), failed(2))
                .when(new UnlockUserCommand(USER))
                .expectEvents(new UserUnlockedEvent(USER));
    }

    @Test
    void canRotateARefreshTokenOnce() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn())
                .when(new RefreshSessionCommand(USER, SESSION, "refresh-1", "refresh-2", "10.0.0.7", NOW))
                .expectResultMessagePayload(RefreshOutcome.ROTATED)
                .expectEvents(new SessionRefreshedEvent(USER, SESSION, "refresh-2", "10.0.0.7"));
    }

    @Test
    void cannotReuseARefreshTokenAndReuseEndsTheWholeSession() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn(),
                        new SessionRefreshedEvent(USER, SESSION, "refresh-2", "10.0.0.7"))
                .when(new RefreshSessionCommand(USER, SESSION, "refresh-1", "refresh-3", "10.6.6.6", NOW))
                .expectResultMessagePayload(RefreshOutcome.REUSE_DETECTED)
                .expectEvents(new RefreshTokenReuseDetectedEvent(USER, SESSION, "10.6.6.6"),
                        new SessionEndedEvent(USER, SESSION, "refresh-token-reuse"));
    }

    @Test
    void cannotRefreshAfterTheSessionEndedOrExpired() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn(),
                        new SessionEndedEvent(USER, SESSION, "logout"))
                .when(new RefreshSessionCommand(USER, SESSION, "refresh-1", "refresh-2", "10.0.0.7", NOW))
                .expectResultMessagePayload(RefreshOutcome.INVALID)
                .expectNoEvents();
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn())
                .when(new RefreshSessionCommand(USER, SESSION, "refresh-1", "refresh-2", "10.0.0.7",
                        SESSION_END.plusSeconds(1)))
                .expectResultMessagePayload(RefreshOutcome.INVALID);
    }

    @Test
    void canDisableAUserEndingTheirSessions() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn())
                .when(new DisableUserCommand(USER, "left the company"))
                .expectEvents(new UserDisabledEvent(USER, "left the company"),
                        new SessionEndedEvent(USER, SESSION, "user-disabled"));
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true),
                        new UserDisabledEvent(USER, "left the company"))
                .when(login(PASSWORD, null, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.DISABLED);
    }

    @Test
    void cannotReuseAnyOfTheLastFivePasswords() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true),
                        new PasswordChangedEvent(USER, "hashed:second password!", false))
                .when(new ChangePasswordCommand(USER, "second password!", PASSWORD, SESSION))
                .expectException(invalid("newPassword"));
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true))
                .when(new ChangePasswordCommand(USER, "not the password", "a brand new secret", SESSION))
                .expectException(invalid("currentPassword"));
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true))
                .when(new ChangePasswordCommand(USER, PASSWORD, "a brand new secret", SESSION))
                .expectEvents(new PasswordChangedEvent(USER, "hashed:a brand new secret", false));
    }

    @Test
    void canChangeThePasswordEndingEveryOtherSessionButTheOneThatAsked() {
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true), loggedIn(),
                        new UserLoggedInEvent(USER, "other-session", "refresh-9", SESSION_END, "10.0.0.8", false))
                .when(new ChangePasswordCommand(USER, PASSWORD, "a brand new secret", SESSION))
                .expectEvents(new PasswordChangedEvent(USER, "hashed:a brand new secret", false),
                        new SessionEndedEvent(USER, "other-session", "password-changed"));
    }

    @Test
    void canRequireTheSecondFactorOnceEnabledAndAcceptARecoveryCodeOnce() {
        String secret = Totp.newSecret();
        String recovery = "abcdefgh-ijklmnop";
        List<String> hashes = List.of(RecoveryCodes.hash(recovery), RecoveryCodes.hash("qrstuvwx-yz234567"));
        Object[] enrolled = {created(), new PasswordChangedEvent(USER, HASH, true),
                new TotpEnrolmentStartedEvent(USER, secret), new TotpEnabledEvent(USER, hashes)};
        fixture.given(enrolled).when(login(PASSWORD, null, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SECOND_FACTOR_REQUIRED);
        fixture.given(enrolled).when(login(PASSWORD, "000000".equals(Totp.code(secret, NOW.getEpochSecond() / 30))
                        ? "111111" : "000000", SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.BAD_SECOND_FACTOR);
        fixture.given(enrolled).when(login(PASSWORD, Totp.code(secret, NOW.getEpochSecond() / 30), SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SIGNED_IN)
                .expectEvents(new TotpCodeUsedEvent(USER, NOW.getEpochSecond() / 30),
                        new UserLoggedInEvent(USER, SESSION, "refresh-1", SESSION_END, "10.0.0.7", true));
        fixture.given(enrolled).when(login(PASSWORD, recovery, SESSION, NOW))
                .expectEvents(new RecoveryCodeUsedEvent(USER, 0),
                        new UserLoggedInEvent(USER, SESSION, "refresh-1", SESSION_END, "10.0.0.7", true));
        fixture.given(enrolled).andGiven(new RecoveryCodeUsedEvent(USER, 0))
                .when(login(PASSWORD, recovery, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.BAD_SECOND_FACTOR);
    }

    @Test
    void cannotSignInWithACodeOfAStepAlreadyUsedOrEarlier() {
        String secret = Totp.newSecret();
        long step = NOW.getEpochSecond() / 30;
        Object[] used = {created(), new PasswordChangedEvent(USER, HASH, true),
                new TotpEnrolmentStartedEvent(USER, secret), new TotpEnabledEvent(USER, List.of()),
                new TotpCodeUsedEvent(USER, step)};
        fixture.given(used).when(login(PASSWORD, Totp.code(secret, step), SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SECOND_FACTOR_REUSED)
                .expectEvents(new LoginFailedEvent(USER, "second-factor-reused", 1, "10.0.0.7"));
        fixture.given(used).when(login(PASSWORD, Totp.code(secret, step - 1), SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SECOND_FACTOR_REUSED);
        fixture.given(used).when(login(PASSWORD, Totp.code(secret, step + 1), SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SIGNED_IN)
                .expectEvents(new TotpCodeUsedEvent(USER, step + 1),
                        new UserLoggedInEvent(USER, SESSION, "refresh-1", SESSION_END, "10.0.0.7", true));
    }

    @Test
    void canConfirmTheSecondFactorUsingUpTheStepOfItsCode() {
        String secret = Totp.newSecret();
        long step = NOW.getEpochSecond() / 30;
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true),
                        new TotpEnrolmentStartedEvent(USER, secret))
                .when(new ConfirmTotpCommand(USER, Totp.code(secret, step), List.of("h1"), NOW))
                .expectEvents(new TotpEnabledEvent(USER, List.of("h1")), new TotpCodeUsedEvent(USER, step));
    }

    @Test
    void canReplaceAConfirmedSecondFactorOnlyWithTheCurrentPassword() {
        Object[] enrolled = {created(), new PasswordChangedEvent(USER, HASH, true),
                new TotpEnrolmentStartedEvent(USER, "OLDSECRET"), new TotpEnabledEvent(USER, List.of())};
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true))
                .when(new StartTotpEnrolmentCommand(USER, "FIRSTSECRET", null))
                .expectEvents(new TotpEnrolmentStartedEvent(USER, "FIRSTSECRET"));
        fixture.given(enrolled).when(new StartTotpEnrolmentCommand(USER, "NEWSECRET", null))
                .expectException(invalid("currentPassword"));
        fixture.given(enrolled).when(new StartTotpEnrolmentCommand(USER, "NEWSECRET", "not the password"))
                .expectException(invalid("currentPassword"));
        fixture.given(enrolled).when(new StartTotpEnrolmentCommand(USER, "NEWSECRET", PASSWORD))
                .expectEvents(new TotpEnrolmentStartedEvent(USER, "NEWSECRET"));
    }

    @Test
    void canHaveAnAdministratorResetTheSecondFactor() {
        String secret = Totp.newSecret();
        Object[] enrolled = {created(), new PasswordChangedEvent(USER, HASH, true),
                new TotpEnrolmentStartedEvent(USER, secret), new TotpEnabledEvent(USER, List.of())};
        fixture.given(enrolled).when(new ResetSecondFactorCommand(USER))
                .expectEvents(new SecondFactorResetEvent(USER));
        fixture.given(enrolled).andGiven(new SecondFactorResetEvent(USER))
                .when(login(PASSWORD, null, SESSION, NOW))
                .expectResultMessagePayload(LoginOutcome.SIGNED_IN);
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true))
                .when(new ResetSecondFactorCommand(USER))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmTheSecondFactorWithAWrongCodeOrWithoutEnrolment() {
        String secret = Totp.newSecret();
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true))
                .when(new ConfirmTotpCommand(USER, "123456", List.of(), NOW))
                .expectException(violated("totp-not-started"));
        String wrong = Totp.code(secret, NOW.getEpochSecond() / 30 + 5);
        fixture.given(created(), new PasswordChangedEvent(USER, HASH, true),
                        new TotpEnrolmentStartedEvent(USER, secret))
                .when(new ConfirmTotpCommand(USER, wrong, List.of(), NOW))
                .expectException(invalid("code"));
    }
}
