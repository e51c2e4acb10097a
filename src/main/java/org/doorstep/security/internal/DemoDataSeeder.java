package org.doorstep.security.internal;

import java.util.List;
import java.util.Set;
import org.doorstep.base.Roles;
import org.doorstep.security.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation and one account per role, all with the password of DemoAccounts, and (doorstep.demo-people)
 * invented trainees of the demo cohort, whom other features give something done (see org.doorstep.demo).
 * Only the embedded mode switches it on (doorstep.demo-data); a real database never gets it.
 */
@Component
@ConditionalOnProperty(name = "doorstep.demo-data", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String ORGANISATION = "Doorstep Demo Ltd";
    private static final String SALES = "Sales";
    private static final String SUCCESS = "Customer Success";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final CohortRepository cohorts;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final int people;

    DemoDataSeeder(OrganisationRepository organisations, TeamRepository teams, CohortRepository cohorts,
            UserAccountRepository accounts, PasswordEncoder encoder, @Value("${doorstep.demo-people:0}") int people) {
        this.organisations = organisations;
        this.teams = teams;
        this.cohorts = cohorts;
        this.accounts = accounts;
        this.encoder = encoder;
        this.people = people;
    }

    /**
     * The organisation, accounts and cohort once; the invented people on every start, those missing only, so a
     * database first made without them (doorstep.demo-people=0) gets them when a later start asks for them.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.findByName(ORGANISATION).isEmpty()) {
            create();
        }
        addMissingPeople();
    }

    private void create() {
        Long organisation = organisations.save(new Organisation(ORGANISATION)).getId();
        String hash = PasswordHashes.hash(encoder, DemoAccounts.PASSWORD);
        UserAccount trainee = accounts.save(new UserAccount("trainee", "Tara Trainee", hash, organisation, Set.of(Roles.TRAINEE)));
        UserAccount trainer = accounts.save(new UserAccount("trainer", "Theo Trainer", hash, organisation, Set.of(Roles.TRAINER)));
        UserAccount manager = accounts.save(new UserAccount("manager", "Maya Manager", hash, organisation, Set.of(Roles.MANAGER)));
        accounts.save(new UserAccount("admin", "Ada Admin", hash, organisation, Set.of(Roles.ADMIN)));

        Team sales = teams.save(new Team(organisation, SALES));
        Team success = teams.save(new Team(organisation, SUCCESS));
        teams.flush();
        teams.addMember(sales.getId(), trainee.getId());
        teams.addManager(sales.getId(), manager.getId());
        teams.addManager(success.getId(), manager.getId());

        Cohort cohort = cohorts.save(new Cohort(organisation, "Spring cohort", DemoAccounts.JOIN_CODE, trainer.getId()));
        cohorts.flush();
        cohorts.addMember(cohort.getId(), trainee.getId());
        log.info("Demo data created: accounts trainee, trainer, manager, admin; cohort join code {}", DemoAccounts.JOIN_CODE);
    }

    /** Alternately in Customer Success and Sales, all in the demo cohort. */
    private void addMissingPeople() {
        List<String> usernames = DemoPeopleNames.usernames(people);
        if (usernames.isEmpty()) {
            return;
        }
        Long organisation = organisations.findByName(ORGANISATION).orElseThrow().getId();
        Team sales = teams.findByOrganisationIdAndName(organisation, SALES).orElseThrow();
        Team success = teams.findByOrganisationIdAndName(organisation, SUCCESS).orElseThrow();
        Cohort cohort = cohorts.findByJoinCode(DemoAccounts.JOIN_CODE).orElseThrow();
        String hash = null;
        int added = 0;
        for (int i = 0; i < usernames.size(); i++) {
            if (accounts.findByUsername(usernames.get(i)).isPresent()) {
                continue;
            }
            hash = hash != null ? hash : PasswordHashes.hash(encoder, DemoAccounts.PASSWORD);
            UserAccount person = accounts.save(new UserAccount(usernames.get(i), DemoPeopleNames.displayName(i), hash, organisation,
                    Set.of(Roles.TRAINEE)));
            accounts.flush();
            teams.addMember((i % 2 == 0 ? success : sales).getId(), person.getId());
            cohorts.addMember(cohort.getId(), person.getId());
            added++;
        }
        if (added > 0) {
            log.info("Demo data: {} invented trainees added to the demo cohort", added);
        }
    }
}
