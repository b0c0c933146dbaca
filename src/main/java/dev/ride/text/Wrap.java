package dev.ride.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for what ride prints for a person (briefings, hints, postmortems, the card): a
 * line longer than the width breaks at spaces, and its continuation lines keep the line's own
 * indentation (plus {@code hang} more), so the author's layout survives a narrow terminal. A word
 * longer than the width stays whole: cutting a table name or a statement would be worse.
 */
public final class Wrap {

    /** The width of piped output: fixed, so graders and tests see the same bytes on any terminal. */
    public static final int PIPED_WIDTH = 80;

    /** A word and the spaces before it. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("( *)([^ ]+)");

    private Wrap() {
    }

    /**
     * Prose an author broke into lines (a briefing, a postmortem): kept as written when every line
     * fits; otherwise each paragraph is joined again and wrapped to {@code width}. A paragraph is a
     * run of lines with the same indentation where each but the last is long (the author wrapped
     * it); short lines (a list of commands, a heading) stay lines of their own.
     */
    public static String prose(String text, int width) {
        String[] lines = text.split("\n", -1);
        if (java.util.Arrays.stream(lines).allMatch(l -> l.length() <= width)) {
            return text;
        }
        List<String> joined = new ArrayList<>();
        for (String line : lines) {
            int last = joined.size() - 1;
            if (last >= 0 && continues(joined.get(last), line)) {
                joined.set(last, joined.get(last) + " " + line.strip());
            } else {
                joined.add(line);
            }
        }
        return text(String.join("\n", joined), width);
    }

    /** An author's wrap: the previous line is long and this one goes on at the same indentation. */
    private static boolean continues(String previous, String line) {
        return !line.isBlank() && !previous.isBlank() && previous.length() >= AUTHORED_WRAP
                && indentation(previous) == indentation(line);
    }

    /** Lines at least this long were wrapped by their author, not ended on purpose. */
    private static final int AUTHORED_WRAP = 60;

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Every line of {@code text} wrapped to {@code width}; line breaks of the text are kept. */
    public static String text(String text, int width) {
        return text(text, width, 0);
    }

    /** @param hang extra indentation of continuation lines ("Hint 1/3: " hangs its text under itself) */
    public static String text(String text, int width, int hang) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(String.join("\n", line(lines[i], width, hang)));
        }
        return out.toString();
    }

    /** One line as one or more lines of at most {@code width} characters (where the words allow). */
    public static List<String> line(String line, int width, int hang) {
        List<String> out = new ArrayList<>();
        if (line.length() <= width || width <= 0) {
            out.add(line);
            return out;
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String continuation = " ".repeat(Math.min(indent + hang, Math.max(0, width / 2)));
        StringBuilder current = new StringBuilder(line.substring(0, indent));
        boolean empty = true;
        // each word with the spaces before it: the spaces stay as written within a line (a
        // column's padding), and go where the line breaks
        java.util.regex.Matcher word = WORD.matcher(line.substring(indent));
        while (word.find()) {
            String spaces = word.group(1);
            String text = word.group(2);
            if (!empty && current.length() + spaces.length() + text.length() > width) {
                out.add(current.toString());
                current = new StringBuilder(continuation);
                empty = true;
            }
            if (!empty) {
                current.append(spaces);
            }
            current.append(text);
            empty = false;
        }
        out.add(current.toString());
        return out;
    }
}
