package org.doorstep.course.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Learning events in xAPI's shape (actor, verb, object, result, timestamp), for the reports' export. */
@Repository
public class LearningEvents {

    public record Event(long userId, String verb, String objectId, String objectName, @Nullable Integer score,
            @Nullable Boolean success, @Nullable Boolean completion, @Nullable String response, Instant at) {
    }

    private final JdbcClient jdbc;

    LearningEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Event event) {
        jdbc.sql("""
                insert into learning_event (user_id, verb, object_id, object_name, result_score, result_success,
                                            result_completion, result_response, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(event.userId()).param(event.verb()).param(event.objectId()).param(event.objectName())
                .param(event.score()).param(event.success()).param(event.completion()).param(event.response())
                .param(Timestamp.from(event.at()))
                .update();
    }
}
