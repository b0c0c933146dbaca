package dev.ride.shell.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * libpq's two spellings of connection parameters, as psql accepts them in place of a database
 * name: a URI ({@code postgresql://user:secret@host:5432/db?options=...}) or a conninfo string
 * ({@code host=db1 port=5433 dbname='my db'}). Either becomes a map of libpq keywords.
 */
public final class ConnInfo {

    private ConnInfo() {
    }

    /** True when {@code text} is a URI or a conninfo string rather than a plain database name. */
    public static boolean isConnInfo(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://") || text.contains("="));
    }

    /** The keywords of {@code text}; bad input is an {@link IllegalArgumentException} with libpq's reason. */
    public static Map<String, String> parse(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://") ? uri(text) : keywords(text);
    }

    private static Map<String, String> uri(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String rest = text.substring(text.indexOf("://") + 3);
        int query = rest.indexOf('?');
        String params = query >= 0 ? rest.substring(query + 1) : "";
        rest = query >= 0 ? rest.substring(0, query) : rest;
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        if (slash >= 0 && slash + 1 < rest.length()) {
            values.put("dbname", decode(rest.substring(slash + 1)));
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String credentials = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = credentials.indexOf(':');
            putIfNotEmpty(values, "user", decode(colon >= 0 ? credentials.substring(0, colon) : credentials));
            if (colon >= 0) {
                values.put("password", decode(credentials.substring(colon + 1)));
            }
        }
        int colon = authority.startsWith("[") ? authority.indexOf(':', authority.indexOf(']')) : authority.lastIndexOf(':');
        String host = colon >= 0 ? authority.substring(0, colon) : authority;
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        putIfNotEmpty(values, "host", decode(host));
        if (colon >= 0) {
            putIfNotEmpty(values, "port", authority.substring(colon + 1));
        }
        for (String pair : params.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("missing \"=\" after \"" + pair + "\" in URI query parameter");
            }
            values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return values;
    }

    /** {@code key=value} pairs separated by blanks; a value may be single-quoted with backslash escapes. */
    private static Map<String, String> keywords(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return values;
            }
            int start = i;
            while (i < n && text.charAt(i) != '=' && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String key = text.substring(start, i);
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) != '=') {
                throw new IllegalArgumentException("missing \"=\" after \"" + key + "\" in connection info string");
            }
            i++;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '\'') {
                i++;
                while (i < n && text.charAt(i) != '\'') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= n) {
                    throw new IllegalArgumentException("unterminated quoted string in connection info string");
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
            }
            values.put(key, value.toString());
        }
    }

    private static void putIfNotEmpty(Map<String, String> values, String key, String value) {
        if (!value.isEmpty()) {
            values.put(key, value);
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
