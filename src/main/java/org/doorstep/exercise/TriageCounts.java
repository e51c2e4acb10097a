package org.doorstep.exercise;

import java.util.Map;

/** Progress of the triage: how many connections, how many reviewed, how many per decision. */
public record TriageCounts(int total, int reviewed, int undecided, Map<Decision, Integer> perDecision) {

    public int count(Decision decision) {
        return perDecision.getOrDefault(decision, 0);
    }
}
