package org.doorstep.workshop;

import java.time.Instant;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.springframework.context.ApplicationContext;

/**
 * A session of the four-criteria lesson for a cohort of its own: steps 0-1 readings, 2-13 the quiz's twelve
 * questions as polls, 14 a reflection. Acts as trainer or trainee through the services, as the screens do.
 */
public final class WorkshopFixture {

    public static final String LESSON = "four-criteria";
    public static final int FIRST_POLL = 2;
    public static final int WORDS = 14;

    public final TestData.TrainedCohort cohort;
    public final String code;
    private final ApplicationContext context;

    public WorkshopFixture(ApplicationContext context) {
        this(context, LESSON);
    }

    public WorkshopFixture(ApplicationContext context, String lesson) {
        this.context = context;
        this.cohort = TestData.in(context).demoOrganisation().cohortWithNewTrainer();
        as(cohort.trainer().username());
        this.code = trainer().schedule(cohort.id(), lesson, Instant.now()).code();
    }

    public String trainee(String displayName) {
        return cohort.trainee(displayName);
    }

    /** Registers a trainee into the cohort and joins them to the session. */
    public String joined(String displayName) {
        String username = trainee(displayName);
        as(username);
        room().join(code);
        return username;
    }

    public WorkshopFixture as(String username) {
        TestSignIn.as(context, username);
        return this;
    }

    /** As the session's trainer: opening the presenter screen starts the session. */
    public WorkshopFixture start() {
        as(cohort.trainer().username());
        trainer().present(code);
        return this;
    }

    /** Signs in as the session's trainer and hands over their service. */
    public WorkshopService asTrainer() {
        as(cohort.trainer().username());
        return trainer();
    }

    public WorkshopService trainer() {
        return context.getBean(WorkshopService.class);
    }

    public RoomService room() {
        return context.getBean(RoomService.class);
    }
}
