package dev.ride.scenario;

import java.util.regex.Pattern;

/**
 * How ride creates one scenario database where the server's default will not do: its encoding and
 * locale ({@code setup: create: {shop: {encoding: LATIN1, locale: C}}}). A database's encoding and
 * collation are fixed when it is created and cannot be changed afterwards, so a scenario about a
 * database made with the wrong ones cannot set them in its setup SQL.
 *
 * @param encoding a server encoding ({@code LATIN1}, {@code UTF8}), or null for the server's default
 * @param locale   a locale for LC_COLLATE and LC_CTYPE ({@code C}), or null for the server's default
 */
public record DatabaseCreation(String encoding, String locale) {

    /** Encoding names are letters, digits and underscores (LATIN1, WIN1252, EUC_JP). */
    static final Pattern ENCODING = Pattern.compile("[A-Za-z0-9_]{1,32}");
    /** Locale names: C, POSIX, C.UTF-8, en_US.utf8, de_DE@euro. Quoted as a literal all the same. */
    static final Pattern LOCALE = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    /**
     * What follows {@code CREATE DATABASE name}: template0, because only a copy of template0 may
     * differ from its template in encoding and locale.
     */
    String clause() {
        StringBuilder sql = new StringBuilder(" TEMPLATE template0");
        if (encoding != null) {
            sql.append(" ENCODING '").append(encoding).append('\'');
        }
        if (locale != null) {
            sql.append(" LOCALE '").append(locale).append('\'');
        }
        return sql.toString();
    }
}
