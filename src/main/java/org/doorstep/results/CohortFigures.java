package org.doorstep.results;

import java.util.Optional;

/**
 * A cohort's figures, each with the count it rests on: the median ratio over the trainees who have
 * one, how many improved (ratio above 1) of those, and how many have a baseline and a follow-up.
 */
public record CohortFigures(int trainees, Optional<Double> medianRatio, int withRatio, int improved,
        int withBaseline, int withFollowUp) {
}
