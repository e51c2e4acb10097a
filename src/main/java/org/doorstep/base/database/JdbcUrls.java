package org.doorstep.base.database;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** JDBC URLs as they may be logged: without credentials, whether in the authority or in a parameter. */
final class JdbcUrls {

    private static final String HIDDEN = "***";
    /** user:password@ (or user@) after the scheme's slashes. */
    private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/?#@]*@");
    /** user=…, password=…, sslpassword=… and any other parameter naming a password, a secret or a key's pass. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;](?:user|username|[a-z_.-]*(?:password|passwd|pwd|secret|token)[a-z_.-]*)=)[^&;#]*");

    private JdbcUrls() {
    }

    static @Nullable String redacted(@Nullable String url) {
        if (url == null) {
            return null;
        }
        String withoutUserInfo = USER_INFO.matcher(url).replaceFirst(HIDDEN + "@");
        return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + HIDDEN);
    }
}
