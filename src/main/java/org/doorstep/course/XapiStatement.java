package org.doorstep.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One learning event as an xAPI 1.0.3 statement, for a learning record store. Its id is derived from the
 * stored event, so exporting the same events twice gives the same statements (an LRS keeps one of each).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record XapiStatement(String id, Agent actor, Verb verb, Activity object, @Nullable Result result,
        String timestamp, String version) {

    public static final String VERSION = "1.0.3";

    /** Identified by an account on this Doorstep, never by e-mail. */
    public record Agent(String objectType, String name, Account account) {
    }

    public record Account(String homePage, String name) {
    }

    public record Verb(String id, Map<String, String> display) {
    }

    public record Activity(String objectType, String id, Definition definition) {
    }

    public record Definition(Map<String, String> name, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(@Nullable Score score, @Nullable Boolean success, @Nullable Boolean completion,
            @Nullable String response) {
    }

    public record Score(double raw) {
    }
}
