package org.doorstep.course.ui;

import java.util.Optional;
import java.util.function.Supplier;
import org.doorstep.base.Formats;
import org.doorstep.exercise.NetworkGlance;

/** The signed-in trainee's own network as a lesson shows it, through the exercise's public service: counts only. */
record OwnNetwork(Supplier<Optional<NetworkGlance.Week>> biggestWeek, Formats formats) {
}
