package org.doorstep.course;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A trainee's answers to a quiz (option indexes per item) and how they score. */
public record QuizAttempt(Step.Quiz quiz, Map<String, Set<Integer>> answers) {

    public QuizAttempt {
        answers = Map.copyOf(answers);
    }

    public static QuizAttempt empty(Step.Quiz quiz) {
        return new QuizAttempt(quiz, Map.of());
    }

    public Set<Integer> answer(String itemId) {
        return answers.getOrDefault(itemId, Set.of());
    }

    public QuizAttempt with(String itemId, Set<Integer> selected) {
        Map<String, Set<Integer>> next = new HashMap<>(answers);
        next.put(itemId, Set.copyOf(selected));
        return new QuizAttempt(quiz, next);
    }

    /** Right when exactly the right options are chosen. */
    public boolean right(Step.QuizItem item) {
        Set<Integer> correct = IntStream.range(0, item.options().size())
                .filter(i -> item.options().get(i).correct()).boxed().collect(Collectors.toSet());
        return correct.equals(answer(item.id()));
    }

    public boolean complete() {
        return quiz.items().stream().allMatch(item -> !answer(item.id()).isEmpty());
    }

    /** Percent of items right, rounded down. */
    public int score() {
        List<Step.QuizItem> items = quiz.items();
        long right = items.stream().filter(this::right).count();
        return items.isEmpty() ? 0 : (int) (right * 100 / items.size());
    }

    public boolean passed() {
        return score() >= quiz.passMark();
    }
}
