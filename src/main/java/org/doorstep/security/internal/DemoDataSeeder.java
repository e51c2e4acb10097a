package org.doorstep.security.internal;

import java.util.Set;
import org.doorstep.base.Roles;
import org.doorstep.security.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation and one account per role, all with the password of DemoAccounts.
 * Only the embedded mode switches it on (doorstep.demo-data); a real database never gets it.
 */
@Component
@ConditionalOnProperty(name = "doorstep.demo-data", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String ORGANISATION = "Doorstep Demo Ltd";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    DemoDataSeeder(OrganisationRepository organisations, TeamRepository teams, CohortRepository cohorts,
            UserAccountRepository accounts, PasswordEncoder encoder) {
        this.organisations = organisations;
        this.teams = teams;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.findByName(ORGANISATION).isPresent()) {
            return;
        }
        Long organisation = organisations.save(new Organisation(ORGANISATION)).getId();
        String hash = encoder.encode(DemoAccounts.PASSWORD);
        UserAccount trainee = accounts.save(new UserAccount("trainee", "Tara Trainee", hash, organisation, Set.of(Roles.TRAINEE)));
        UserAccount trainer = accounts.save(new UserAccount("trainer", "Theo Trainer", hash, organisation, Set.of(Roles.TRAINER)));
        UserAccount manager = accounts.save(new UserAccount("manager", "Maya Manager", hash, organisation, Set.of(Roles.MANAGER)));
        accounts.save(new UserAccount("admin", "Ada Admin", hash, organisation, Set.of(Roles.ADMIN)));

        Team sales = teams.save(new Team(organisation, "Sales"));
        Team success = teams.save(new Team(organisation, "Customer Success"));
        teams.flush();
        teams.addMember(sales.getId(), trainee.getId());
        teams.addManager(sales.getId(), manager.getId());
        teams.addManager(success.getId(), manager.getId());

        Cohort cohort = cohorts.save(new Cohort(organisation, "Spring cohort", DemoAccounts.JOIN_CODE, trainer.getId()));
        cohorts.flush();
        cohorts.addMember(cohort.getId(), trainee.getId());
        log.info("Demo data created: accounts trainee, trainer, manager, admin; cohort join code {}", DemoAccounts.JOIN_CODE);
    }
}
