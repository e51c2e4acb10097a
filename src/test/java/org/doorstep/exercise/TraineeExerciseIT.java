package org.doorstep.exercise;

import org.doorstep.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise's service tests, each as a new trainee signed in before it ({@link #userId}), against PostgreSQL.
 * Rolled back after each test: no other thread, instance, NOTIFY or push has to see what it wrote.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
abstract class TraineeExerciseIT {

    @Autowired
    ExerciseService exercise;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    long userId;

    private final String usernamePrefix;
    private final String displayName;

    TraineeExerciseIT(String usernamePrefix, String displayName) {
        this.usernamePrefix = usernamePrefix;
        this.displayName = displayName;
    }

    @BeforeEach
    final void signInANewTrainee() {
        userId = TestSignIn.asNewTrainee(context, usernamePrefix, displayName);
    }

    @AfterEach
    final void signOut() {
        TestSignIn.out(context);
    }
}
