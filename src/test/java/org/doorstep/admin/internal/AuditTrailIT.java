package org.doorstep.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.doorstep.TestData;
import org.doorstep.TestData.Account;
import org.doorstep.TestSignIn;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The recording API other features use: who, about whom, and in which transaction. */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final String details = "test " + UUID.randomUUID();

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    private int recorded() {
        return jdbc.queryForObject("select count(*) from audit_event where details = ?", Integer.class, details);
    }

    @Test
    void an_entry_names_the_signed_in_actor_and_the_subjects_username() {
        Account subject = TestData.in(context).account("subject", "Sue Subject", Roles.TRAINEE);
        TestSignIn.as(context, "manager");
        audit.record("REPORT_EXPORTED", subject.id(), details);

        Map<String, Object> entry = jdbc.queryForMap("select actor_id, actor_username, action, subject_user_id, subject_username "
                + "from audit_event where details = ?", details);
        assertThat(entry.get("actor_id")).isEqualTo(TestData.in(context).id("manager"));
        assertThat(entry).containsEntry("actor_username", "manager").containsEntry("action", "REPORT_EXPORTED")
                .containsEntry("subject_user_id", subject.id()).containsEntry("subject_username", subject.username());
    }

    @Test
    void an_entry_rolls_back_with_the_change_it_describes() {
        TestSignIn.as(context, "admin");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record("SOMETHING_CHANGED", null, details);
            assertThat(recorded()).isEqualTo(1); // visible inside the caller's transaction
            status.setRollbackOnly();
        });
        assertThat(recorded()).isZero();
    }

    @Test
    void an_entry_from_a_read_only_transaction_such_as_an_export_is_kept() {
        TestSignIn.as(context, "admin");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> audit.record(AuditTrail.DATA_EXPORTED, null, details));
        assertThat(recorded()).isEqualTo(1);
    }

    @Test
    void without_anyone_signed_in_the_actor_is_anonymous() {
        audit.record("VISITOR_ACTION", null, details);
        assertThat(jdbc.queryForObject("select actor_username from audit_event where details = ?", String.class, details))
                .isEqualTo("anonymous");
    }
}
