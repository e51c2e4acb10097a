package org.doorstep.security.internal;

import java.util.List;
import java.util.stream.IntStream;

/** The invented trainees of the demo cohort: usernames demo01, demo02…, alternately in the two demo teams. */
public final class DemoPeopleNames {

    private static final List<String> NAMES = List.of(
            "Aisha Bello", "Ben Carter", "Chloé Dubois", "Dev Patel", "Elena Rossi", "Farid Haddad", "Grace Okafor",
            "Hiro Tanaka", "Ingrid Larsen", "Jamal Wright", "Kasia Nowak", "Liam O'Brien", "Mei Lin", "Nadia Petrova",
            "Oscar Lindqvist", "Priya Nair", "Quentin Moreau", "Rosa Alvarez", "Samir Khan", "Tomás Ferreira",
            "Uma Sørensen", "Victor Mensah", "Wen Zhao", "Yara Haddad");

    private DemoPeopleNames() {
    }

    public static List<String> usernames(int count) {
        return IntStream.rangeClosed(1, Math.min(count, NAMES.size())).mapToObj(i -> String.format("demo%02d", i)).toList();
    }

    public static String displayName(int index) {
        return NAMES.get(index);
    }
}
