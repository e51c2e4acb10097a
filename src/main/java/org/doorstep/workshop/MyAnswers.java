package org.doorstep.workshop;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A trainee's own answers in a session, by step: the options chosen on a poll, the words written on a reflection. */
public record MyAnswers(Map<Integer, Set<Integer>> choices, Map<Integer, String> words) {

    public MyAnswers {
        choices = Map.copyOf(choices);
        words = Map.copyOf(words);
    }

    /** The options chosen on a poll step; none when not answered. */
    public Set<Integer> choicesOn(int step) {
        return choices.getOrDefault(step, Set.of());
    }

    /** The words written on a reflection step; empty when not answered. */
    public String wordsOn(int step) {
        return words.getOrDefault(step, "");
    }

    public MyAnswers chose(int step, Set<Integer> options) {
        Map<Integer, Set<Integer>> now = new HashMap<>(choices);
        now.put(step, Set.copyOf(options));
        return new MyAnswers(now, words);
    }

    public MyAnswers wrote(int step, String text) {
        Map<Integer, String> now = new HashMap<>(words);
        now.put(step, text);
        return new MyAnswers(choices, now);
    }
}
