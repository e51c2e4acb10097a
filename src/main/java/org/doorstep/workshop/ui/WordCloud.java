package org.doorstep.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.doorstep.workshop.PollResult;

/** The room's reflections as a cloud of their most frequent words, bigger the more people used them. */
class WordCloud extends Div {

    static final int MOST = 30;
    private static final Set<String> COMMON = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "from", "have", "i", "in", "is", "it", "its", "me", "my", "not", "of", "on", "or", "so", "that", "the",
            "them", "they", "this", "to", "was", "we", "what", "when", "who", "will", "with", "you", "your");

    WordCloud(List<PollResult.Written> texts) {
        addClassName("word-cloud");
        Map<String, Long> counts = words(texts);
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MOST)
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    Span word = new Span(entry.getKey());
                    // 1 to 3 rem: the most used word is three times the size of a word used once.
                    double size = 1 + 2.0 * (entry.getValue() - 1) / Math.max(1, top - 1);
                    word.getStyle().set("font-size", String.format(Locale.ROOT, "%.2frem", size));
                    word.getElement().setAttribute("title", entry.getValue().toString());
                    add(word);
                });
    }

    static Map<String, Long> words(List<PollResult.Written> texts) {
        return texts.stream()
                .flatMap(written -> List.of(written.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")).stream())
                .map(word -> word.replaceAll("^['’-]+|['’-]+$", ""))
                .filter(word -> word.length() > 1 && !COMMON.contains(word))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
