package org.doorstep.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doorstep.base.CohortJoinCodes;
import org.doorstep.base.JoinCodes;
import org.doorstep.base.Roles;
import org.doorstep.security.RegistrationException.Field;
import org.doorstep.security.internal.Cohort;
import org.doorstep.security.internal.CohortRepository;
import org.doorstep.security.internal.UserAccount;
import org.doorstep.security.internal.UserAccountRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: self-registration of trainees into a cohort. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final CohortRepository cohorts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final List<CohortJoinCodes> otherCodes;
    private final EmailVerification emails;

    AccountService(UserAccountRepository accounts, CohortRepository cohorts, PasswordEncoder encoder, PasswordPolicy policy,
            List<CohortJoinCodes> otherCodes, EmailVerification emails) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.encoder = encoder;
        this.policy = policy;
        this.otherCodes = otherCodes;
        this.emails = emails;
    }

    /** Creates a trainee in the cohort the join code names and mails a link to verify the address; throws with the first problem found. */
    @PreAuthorize("permitAll()") // the registration page is for people without an account
    @Transactional
    public void registerTrainee(Registration form) {
        String displayName = Usernames.cleanDisplayName(form.displayName());
        if (!Usernames.isValidDisplayName(displayName)) {
            throw new RegistrationException(Field.DISPLAY_NAME, "register.name.invalid");
        }
        String username = Usernames.normalise(form.username());
        if (!Usernames.isValid(username)) {
            throw new RegistrationException(Field.USERNAME, "register.username.invalid");
        }
        emails.problem(form.email(), null).ifPresent(key -> {
            throw new RegistrationException(Field.EMAIL, key);
        });
        policy.problem(form.password(), username, displayName).ifPresent(key -> {
            throw new RegistrationException(Field.PASSWORD, key);
        });
        Cohort cohort = cohortOf(JoinCodes.normalise(form.joinCode()))
                .orElseThrow(() -> new RegistrationException(Field.JOIN_CODE, "register.join-code.unknown"));
        if (accounts.existsByUsername(username)) {
            throw new RegistrationException(Field.USERNAME, "register.username.taken");
        }
        try {
            UserAccount account = accounts.saveAndFlush(new UserAccount(username, displayName,
                    encoder.encode(form.password()), cohort.getOrganisationId(), Set.of(Roles.TRAINEE)));
            cohorts.addMember(cohort.getId(), account.getId());
            emails.start(account.getId(), form.email()).ifPresent(key -> {
                throw new RegistrationException(Field.EMAIL, key);
            });
        } catch (DataIntegrityViolationException raceWithSameUsername) {
            throw new RegistrationException(Field.USERNAME, "register.username.taken");
        }
    }

    /** The problem with a candidate password, for checking as the person types. */
    @PreAuthorize("permitAll()")
    public Optional<String> passwordProblem(String password, String username, String displayName) {
        return AccountRegistry.problem(policy, password, username, displayName);
    }

    /** A cohort's own code, or another feature's code that leads into a cohort (a workshop session's). */
    private Optional<Cohort> cohortOf(String code) {
        return cohorts.findByJoinCode(code).or(() -> otherCodes.stream().map(codes -> codes.cohortOf(code))
                .flatMap(Optional::stream).findFirst().flatMap(cohorts::findById));
    }
}
