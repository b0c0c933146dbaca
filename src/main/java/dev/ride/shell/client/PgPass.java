package dev.ride.shell.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * libpq's password file ({@code ~/.pgpass}, or {@code PGPASSFILE}): lines of
 * {@code hostname:port:database:username:password}, {@code *} matching anything, {@code \}
 * escaping {@code :} and itself; the first matching line wins. Like libpq, a file that its group
 * or others may read is ignored with a warning.
 */
public final class PgPass {

    private final Path file;
    private final Consumer<String> warnings;

    public PgPass(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** The password for this target, or null when the file is missing, unsafe or has no matching line. */
    public String lookup(String host, String port, String database, String user) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                warnings.accept("WARNING: password file \"" + file + "\" has group or world access; permissions"
                        + " should be u=rw (0600) or less");
                return null;
            }
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() == 5 && matches(fields.get(0), host) && matches(fields.get(1), port)
                        && matches(fields.get(2), database) && matches(fields.get(3), user)) {
                    return fields.get(4);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        return null;
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** Splits at unescaped colons; the last field (the password) takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
