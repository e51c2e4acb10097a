package org.doorstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Security is the only writer of accounts, credentials, organisations, teams and cohorts: SQL that inserts
 * into, updates or deletes from one of their tables appears in no other feature's source. ArchUnit sees
 * classes, not SQL text, so this reads the sources of src/main/java.
 */
class AccountWritersTest {

    static final List<String> SECURITY_TABLES = List.of("app_user", "user_role", "password_link", "cohort_member", "cohort",
            "team_member", "team_manager", "team", "organisation");

    /** A write statement naming one of the tables; a string concatenated in between ("delete from " + "team") counts too. */
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?)(?:\\s|\"\\s*\\+\\s*\")+("
                    + String.join("|", SECURITY_TABLES) + ")\\b");

    private static final String SECURITY = "org/doorstep/security/";

    @Test
    void only_the_security_feature_writes_accounts_credentials_organisations_teams_and_cohorts() {
        assertThat(writesOutsideSecurity(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void the_rule_catches_a_feature_that_writes_those_tables_itself_and_lets_security_do_so() {
        assertThat(writesOutsideSecurity(Path.of("src/test/resources/account-writers"))).containsExactly(
                "org/doorstep/workshop/internal/SneakyStore.java:4: insert into cohort_member",
                "org/doorstep/workshop/internal/SneakyStore.java:6: UPDATE app_user",
                "org/doorstep/workshop/internal/SneakyStore.java:8: delete from \" + \"team_manager");
    }

    /** "path:line: statement" for every write outside the security feature's package. */
    static List<String> writesOutsideSecurity(Path sources) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(SECURITY)) {
                    continue;
                }
                String text = Files.readString(file);
                Matcher write = WRITE.matcher(text);
                while (write.find()) {
                    int line = (int) text.substring(0, write.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(relative + ":" + line + ": " + write.group().replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
