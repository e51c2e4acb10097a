package org.doorstep.workshop.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * A simple word list: a reflection with a listed word starts hidden, so the projector never shows it
 * unless the trainer decides to. It catches the obvious, not the inventive; the trainer can hide the rest.
 */
public final class ProfanityFilter {

    private static final Set<String> BLOCKED = load();

    private ProfanityFilter() {
    }

    public static boolean isOffensive(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('0', 'o').replace('1', 'i').replace('3', 'e')
                .replace('4', 'a').replace('5', 's').replace('@', 'a').replace('$', 's').replace('!', 'i');
        for (String word : plain.split("[^\\p{L}]+")) {
            if (BLOCKED.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource("workshop/blocked-words.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
