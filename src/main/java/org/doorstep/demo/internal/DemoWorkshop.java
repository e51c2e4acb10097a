package org.doorstep.demo.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.doorstep.security.CohortDirectory;
import org.doorstep.security.DemoAccounts;
import org.doorstep.workshop.Presentation;
import org.doorstep.workshop.RoomService;
import org.doorstep.workshop.WorkshopService;
import org.doorstep.workshop.WorkshopStep;
import org.springframework.stereotype.Component;

/**
 * One finished live session of the demo cohort, so the trainer's workshops page has a summary to open: the demo
 * trainer presents "The four criteria" to most of the invented trainees, who answer each poll (most of them right)
 * and write a few words, every answer revealed, then ends it. Through the services the people would use.
 */
@Component
class DemoWorkshop {

    static final String LESSON = "four-criteria";
    private static final String TRAINER = "trainer";
    private static final List<String> WORDS = List.of("Ask first", "Only people I know", "Context matters",
            "Quality over quantity", "A real conversation", "Check the profile", "Say no politely", "Help them first");

    private final DemoAccounts demo;
    private final WorkshopService workshops;
    private final RoomService rooms;
    private final CohortDirectory cohorts;
    private final Clock clock;

    DemoWorkshop(DemoAccounts demo, WorkshopService workshops, RoomService rooms, CohortDirectory cohorts, Clock clock) {
        this.demo = demo;
        this.workshops = workshops;
        this.rooms = rooms;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    /** Held once: a demo trainer with any session already is left alone. */
    void hold(List<String> people) {
        String[] code = {null};
        demo.actAs(TRAINER, () -> {
            if (workshops.countMySessions() > 0) {
                return;
            }
            cohorts.cohortsIRun().stream().filter(cohort -> cohort.joinCode().equals(DemoAccounts.JOIN_CODE))
                    .findFirst().ifPresent(cohort -> code[0] = workshops.schedule(cohort.id(), LESSON,
                            clock.instant().minus(Duration.ofDays(3))).code());
            if (code[0] != null) {
                workshops.present(code[0]);
            }
        });
        if (code[0] == null) {
            return;
        }
        // Most of the cohort came; a few did not.
        List<String> room = people.subList(0, people.size() * 3 / 4);
        room.forEach(person -> demo.actAs(person, () -> rooms.join(code[0])));
        List<WorkshopStep> steps = presentation(code[0]).steps();
        for (WorkshopStep step : steps) {
            demo.actAs(TRAINER, () -> workshops.goTo(code[0], step.index()));
            if (!step.answerable()) {
                continue;
            }
            for (int i = 0; i < room.size(); i++) {
                int person = i;
                demo.actAs(room.get(i), () -> answer(code[0], step, person));
            }
            demo.actAs(TRAINER, () -> workshops.reveal(code[0], step.index(), true));
        }
        demo.actAs(TRAINER, () -> workshops.end(code[0]));
    }

    private Presentation presentation(String code) {
        Presentation[] shown = {null};
        demo.actAs(TRAINER, () -> shown[0] = workshops.presentation(code));
        return shown[0];
    }

    /** Four in five pick the right answer; the rest the first wrong one. */
    private void answer(String code, WorkshopStep step, int person) {
        if (step.kind() == WorkshopStep.Kind.WORDS) {
            rooms.write(code, step.index(), WORDS.get(person % WORDS.size()));
            return;
        }
        int right = step.correct().isEmpty() ? person % step.options().size() : step.correct().getFirst();
        int wrong = right == 0 ? Math.min(1, step.options().size() - 1) : 0;
        rooms.choose(code, step.index(), Set.of(person % 5 == 4 ? wrong : right));
    }
}
