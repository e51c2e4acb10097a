package org.doorstep.exercise.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** LinkedIn profile addresses in one spelling, so that a re-import and messages.csv find the same person. */
public final class ProfileUrls {

    private static final Pattern URL = Pattern.compile("(?i)(https?)://([^/?#]*)([^?#]*)([?#].*)?", Pattern.DOTALL);
    private static final Pattern PORT = Pattern.compile(":(80|443)?$");
    // "uk.linkedin.com" and "linkedin.com" show the same profiles as "www.linkedin.com".
    private static final Pattern SAME_AS_WWW = Pattern.compile("(?:[a-z]{2}\\.)?linkedin\\.com");
    private static final Pattern HOST_CHARACTERS = Pattern.compile("[a-z0-9.-]+");

    private ProfileUrls() {
    }

    /**
     * The match key for a profile: https, lower-case host ({@code linkedin.com} and two-letter country hosts become
     * {@code www.linkedin.com}), no query, fragment or trailing slash, path percent-decoded with its case kept.
     *
     * @return null when the address is blank or not an http(s) address on linkedin.com with a path
     */
    public static @Nullable String normalise(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isWhitespace(trimmed.charAt(i))) {
                return null;
            }
        }
        Matcher parts = URL.matcher(trimmed);
        if (!parts.matches()) {
            return null;
        }
        String host = host(parts.group(2));
        String path = stripTrailingSlashes(percentDecode(parts.group(3)));
        if (host == null || path.isEmpty()) {
            return null;
        }
        return "https://" + host + path;
    }

    private static @Nullable String host(String authority) {
        // "www.linkedin.com@evil.example" has the host evil.example: refuse any user part outright.
        if (authority.contains("@")) {
            return null;
        }
        String host = PORT.matcher(authority.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (SAME_AS_WWW.matcher(host).matches()) {
            return "www.linkedin.com";
        }
        return host.endsWith(".linkedin.com") && HOST_CHARACTERS.matcher(host).matches() ? host : null;
    }

    private static String stripTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /**
     * LinkedIn writes "ravi-garcía" raw in one place and "ravi-garc%C3%ADa" in another. Only letters beyond ASCII
     * and the unreserved - . _ ~ and alphanumerics are decoded; "%20", "%2F" or "%25" stay escaped (hex in
     * capitals), so that normalising a normalised address changes nothing. Not URLDecoder: it turns '+' into a
     * space, which is only right in query strings. A path that is not valid UTF-8 once decoded stays as written.
     */
    private static String percentDecode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        // At most three bytes per character: a UTF-8 letter outside the BMP is four bytes for two characters.
        byte[] bytes = new byte[path.length() * 3];
        int length = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && isHex(path, i + 1) && isHex(path, i + 2)) {
                int decoded = HexFormat.fromHexDigits(path, i + 1, i + 3);
                if (decoded >= 0x80 || isUnreserved(decoded)) {
                    bytes[length++] = (byte) decoded;
                } else {
                    bytes[length++] = '%';
                    bytes[length++] = (byte) Character.toUpperCase(path.charAt(i + 1));
                    bytes[length++] = (byte) Character.toUpperCase(path.charAt(i + 2));
                }
                i += 2;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                byte[] encoded = path.substring(i, end).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return path;
        }
    }

    private static boolean isUnreserved(int ascii) {
        return ascii >= 'a' && ascii <= 'z' || ascii >= 'A' && ascii <= 'Z' || ascii >= '0' && ascii <= '9'
                || ascii == '-' || ascii == '.' || ascii == '_' || ascii == '~';
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
