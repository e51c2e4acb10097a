package org.doorstep.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.doorstep.base.CohortJoinCodes;
import org.doorstep.base.JoinCodes;
import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.doorstep.base.PublicUrl;
import org.doorstep.base.Refusal;
import org.doorstep.base.Roles;
import org.doorstep.security.internal.Cohort;
import org.doorstep.security.internal.CohortRepository;
import org.doorstep.security.internal.PasswordHashes;
import org.doorstep.security.internal.UserAccount;
import org.doorstep.security.internal.UserAccountRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: self-registration of trainees into a cohort. Wrong join codes are throttled per client address
 * ({@link JoinCodeThrottle}); a cohort's own code works until it expires. The answer does not tell whether a
 * username exists: a taken one gets the same answer as a free one, and the mail to the address given (instead of
 * the verification link) says to choose another (docs/decisions/009-registration-without-a-username-oracle.md).
 */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final List<CohortJoinCodes> otherCodes;
    private final EmailVerification emails;
    private final JoinCodeThrottle throttle;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, CohortRepository cohorts, PasswordEncoder encoder, PasswordPolicy policy,
            List<CohortJoinCodes> otherCodes, EmailVerification emails, JoinCodeThrottle throttle, Outbox outbox,
            PublicUrl publicUrl, Clock clock) {
        this.throttle = throttle;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.encoder = encoder;
        this.policy = policy;
        this.otherCodes = otherCodes;
        this.emails = emails;
    }

    /** {@link #registerTrainee(TraineeSignUp, String)} from an unknown client address (tests and tools share its count). */
    @PreAuthorize("permitAll()")
    @Transactional
    public void registerTrainee(TraineeSignUp form) {
        registerTrainee(form, "unknown");
    }

    /**
     * Creates a trainee in the cohort the join code names and mails a link to verify the address; throws with the
     * first problem found. A username already taken throws nothing: nothing is stored, and the address given is told
     * by mail to register again with another, so the answer is the same as for a free one.
     */
    @PreAuthorize("permitAll()") // the registration page is for people without an account
    @Transactional
    public void registerTrainee(TraineeSignUp form, String client) {
        String displayName = Usernames.cleanDisplayName(form.displayName());
        if (!Usernames.isValidDisplayName(displayName)) {
            throw new Refusal("displayName", "register.name.invalid");
        }
        String username = Usernames.normalise(form.username());
        if (!Usernames.isValid(username)) {
            throw new Refusal("username", "register.username.invalid");
        }
        emails.problem(form.email(), null).ifPresent(key -> {
            throw new Refusal("email", key);
        });
        policy.problem(form.password(), username, displayName).ifPresent(key -> {
            throw new Refusal("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        String from = client == null || client.isBlank() ? "unknown" : client;
        if (!throttle.claim(from, null)) {
            throw new Refusal("joinCode", "register.join-code.throttled");
        }
        Cohort cohort = cohortOf(JoinCodes.normalise(form.joinCode()))
                .orElseThrow(() -> new Refusal("joinCode", "register.join-code.unknown"));
        String hash = PasswordHashes.hash(encoder, form.password()); // for a taken username too: both answers take as long
        if (accounts.existsByUsername(username)) {
            usernameTaken(form, username, displayName); // the claimed attempt stays counted
            return;
        }
        throttle.giveBack(from, null);
        try {
            UserAccount account = accounts.saveAndFlush(new UserAccount(username, displayName, hash,
                    cohort.getOrganisationId(), Set.of(Roles.TRAINEE)));
            cohorts.addMember(cohort.getId(), account.getId());
            emails.start(account.getId(), form.email()).ifPresent(key -> {
                throw new Refusal("email", key);
            });
        } catch (DataIntegrityViolationException raceWithSameUsername) {
            throw new Refusal("username", "register.username.taken");
        }
    }

    private void usernameTaken(TraineeSignUp form, String username, String displayName) {
        // No account to take a language from: the mail's default one.
        outbox.queue(new Mail(form.email().strip(), null, Locale.UK, "registration-username-taken",
                List.of(displayName, username, publicUrl.link("/register?code=" + JoinCodes.normalise(form.joinCode())))));
    }

    /** The problem with a candidate password, for checking as the person types. */
    @PreAuthorize("permitAll()")
    public Optional<String> passwordProblem(String password, String username, String displayName) {
        return AccountRegistry.problem(policy, password, username, displayName);
    }

    /** A cohort's own code, or another feature's code that leads into a cohort (a workshop session's). */
    private Optional<Cohort> cohortOf(String code) {
        return cohorts.findByJoinCode(code).filter(cohort -> cohort.getJoinCodeExpiresAt().isAfter(clock.instant())).or(() -> otherCodes.stream().map(codes -> codes.cohortOf(code))
                .flatMap(Optional::stream).findFirst().flatMap(cohorts::findById));
    }
}
