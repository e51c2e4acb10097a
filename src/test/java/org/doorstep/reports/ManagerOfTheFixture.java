package org.doorstep.reports;

import java.time.LocalDate;
import org.doorstep.TestSignIn;
import org.doorstep.base.DateRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** What every report integration test starts from: a fresh {@link ReportFixture}, its manager signed in. */
@SpringBootTest
@ActiveProfiles("test")
// Rolled back after each test: no other thread, instance, NOTIFY or push has to see what it wrote.
@Transactional
abstract class ManagerOfTheFixture {

    static final DateRange FEBRUARY_AND_MARCH = new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));

    @Autowired
    ReportsService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    ReportFixture fixture;

    @BeforeEach
    void organisation() {
        fixture = new ReportFixture(context);
        TestSignIn.as(context, fixture.manager);
    }

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }
}
