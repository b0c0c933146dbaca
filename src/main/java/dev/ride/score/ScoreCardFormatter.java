package dev.ride.score;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.ride.scenario.Section;
import dev.ride.text.Wrap;

/** A score card for the terminal, and as the one line of JSON {@code :submit --json} prints. */
public final class ScoreCardFormatter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private ScoreCardFormatter() {
    }

    /**
     * The card as one JSON line, fields in the documented order (docs/scoring.md):
     * scenario, detect, fix, trap (each score, max, checks[id, passed, points, then only when there is
     * one: unchecked, found, sprung_by]), total, max, hints_used, hint_cost, score, attempt (with
     * practice and first_score on a later attempt), elapsed_s.
     */
    public static String json(ScoreCard card) {
        return write(tree(card).put("elapsed_s", card.elapsedSeconds()));
    }

    /** {@link #json} without {@code elapsed_s}: the content of a solution's {@code .card.json}. */
    public static String jsonWithoutElapsed(ScoreCard card) {
        return write(tree(card));
    }

    /**
     * The card for a terminal: each section with its checks (✓/✗, title, points), the sprung
     * traps by name, the total and the time taken. {@code color} adds ANSI colours.
     */
    public static String text(ScoreCard card, boolean color) {
        return text(card, color, Integer.MAX_VALUE);
    }

    /** @param columns the screen's width: what was found wraps under itself to fit */
    public static String text(ScoreCard card, boolean color, int columns) {
        Style st = new Style(color);
        // the widest check label plus a gap: every points column starts at the same place
        int width = card.sections().stream()
                .flatMap(s -> s.checks().stream().map(c -> c.title().length() + (s.section() == Section.TRAP ? TRAP_MARK_WIDTH : 0)))
                .mapToInt(Integer::intValue).max().orElse(20) + 2;
        StringBuilder out = new StringBuilder();
        out.append(st.bold(card.title())).append('\n');
        out.append(st.dim(card.scenario())).append("\n\n");
        for (SectionScore section : card.sections()) {
            boolean unearned = section.section() == Section.TRAP && !card.trapsEarned() && section.max() > 0;
            String title = pad(section.section().title(), width + 4);
            String header = title + points(section.score(), section.max());
            out.append(st.bold(title)).append(points(section.score(), section.max()));
            if (unearned) {
                // beside the points where it fits the screen, else on a line of its own
                out.append(header.length() + NOTE.length() + 2 <= columns ? "  " + st.dim(NOTE) : "\n  " + st.dim(NOTE));
            }
            out.append('\n');
            for (CheckResult check : section.checks()) {
                String mark = !check.checked() ? st.dim("?") : check.passed() ? st.green("✓") : st.red("✗");
                String label = section.section() == Section.TRAP ? trapMark(check, st) + check.title() : check.title();
                int visible = section.section() == Section.TRAP ? TRAP_MARK_WIDTH + check.title().length() : check.title().length();
                out.append("  ").append(mark).append(' ').append(label).append(" ".repeat(Math.max(1, width - visible)))
                        .append(points(check.points(), check.maxPoints())).append('\n');
                if (!check.checked()) {
                    out.append("      ").append(st.dim(check.unchecked().text())).append('\n');
                }
                findings(out, check.findings(), section.section() == Section.TRAP, st, columns);
            }
        }
        List<CheckResult> sprung = card.sprungTraps();
        if (!sprung.isEmpty()) {
            out.append('\n').append(st.red(sprung.size() == 1 ? "Trap sprung: " : "Traps sprung: "))
                    .append(sprung.stream().map(CheckResult::title).collect(Collectors.joining("; "))).append('\n');
        }
        String total = pad("Total", width + 4) + points(card.total(), card.max());
        String took = "   " + time(card.elapsedSeconds());
        // the time beside the total where the screen has room; the time line below says it anyway
        out.append('\n').append(st.bold(total))
                .append(total.length() + took.length() <= columns ? st.dim(took) : "").append('\n');
        ScoreCard.Assistance help = card.assistance();
        if (help.hintsUsed() > 0) {
            String with = "with " + help.hintsUsed() + (help.hintsUsed() == 1 ? " hint" : " hints") + " (cost " + help.cost() + ")";
            out.append(st.bold(pad(with, width + 4) + points(card.score(), card.max()))).append('\n');
        }
        out.append(attemptLine(card, st)).append('\n');
        return out.toString();
    }

    /** "Attempt 1: this is your score." or, later, "Attempt 3: practice; your score stays attempt 1's 70/100." */
    private static String attemptLine(ScoreCard card, Style st) {
        ScoreCard.Attempt attempt = card.attempt();
        if (!attempt.practice()) {
            return "Attempt 1: this is your score.";
        }
        return st.dim("Attempt " + attempt.number() + ": practice; your score stays attempt 1's "
                + attempt.firstScore() + "/" + card.max() + ".");
    }

    /** Under a ✗: what was found, what the application went through, what sprang a trap. Never the fix. */
    private static void findings(StringBuilder out, Findings findings, boolean trap, Style st, int columns) {
        if (findings.found() != null) {
            finding(out, "found: ", findings.found(), st, columns);
        }
        if (findings.observed() != null) {
            finding(out, "seen: ", findings.observed(), st, columns);
        }
        Findings.Cause cause = findings.cause();
        if (cause != null) {
            String where = cause.database() + (cause.at() == null ? "" : ", " + time(cause.at().toSeconds()));
            finding(out, trap ? "sprung by: " : "because of: ", shortened(cause.statement()) + " (" + where + ")", st, columns);
        }
    }

    /** "      found: …", wrapped so that its continuation lines start under the text. */
    private static void finding(StringBuilder out, String label, String text, Style st, int columns) {
        String indent = "      ";
        for (String line : Wrap.line(indent + label + text, columns, label.length())) {
            out.append(st.dim(line)).append('\n');
        }
    }

    /** A statement on one line, at most {@link #STATEMENT_WIDTH} characters. */
    static String shortened(String statement) {
        String line = statement.strip().replaceAll("\\s+", " ");
        return line.length() <= STATEMENT_WIDTH ? line : line.substring(0, STATEMENT_WIDTH - 1) + "…";
    }

    private static final int STATEMENT_WIDTH = 56;

    /** Why a trap section shows 0 before anything was fixed. */
    private static final String NOTE = "(earned once a fix lands)";

    /** "avoided  " / "SPRUNG   " / "unknown  " before a trap's title. */
    private static final int TRAP_MARK_WIDTH = 9;

    /** A trap that could not be checked was neither avoided nor sprung. */
    private static String trapMark(CheckResult check, Style st) {
        if (!check.checked()) {
            return "unknown  ";
        }
        return check.passed() ? "avoided  " : st.red("SPRUNG") + "   ";
    }

    private static ObjectNode tree(ScoreCard card) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", card.scenario());
        for (Section section : Section.values()) {
            SectionScore score = card.section(section);
            ObjectNode sectionNode = root.putObject(section.key());
            sectionNode.put("score", score.score());
            sectionNode.put("max", score.max());
            ArrayNode checks = sectionNode.putArray("checks");
            for (CheckResult check : score.checks()) {
                ObjectNode node = checks.addObject().put("id", check.id()).put("passed", check.passed())
                        .put("points", check.points());
                if (!check.checked()) {
                    node.put("unchecked", check.unchecked().reason()); // only the stable part: no clock time
                }
                // found and the trap's statement are stable; what the application saw and when are not
                if (check.findings().found() != null) {
                    node.put("found", check.findings().found());
                }
                Findings.Cause cause = check.findings().cause();
                if (cause != null) {
                    node.putObject(section == Section.TRAP ? "sprung_by" : "because_of")
                            .put("database", cause.database()).put("statement", cause.statement());
                }
            }
        }
        root.put("total", card.total());
        root.put("max", card.max());
        root.put("hints_used", card.assistance().hintsUsed());
        root.put("hint_cost", card.assistance().cost());
        root.put("score", card.score());
        root.put("attempt", card.attempt().number());
        if (card.attempt().practice()) {
            root.put("practice", true);
            root.put("first_score", card.attempt().firstScore());
        }
        return root;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static String points(int score, int max) {
        return " ".repeat(Math.max(0, 3 - String.valueOf(score).length())) + score + "/" + max;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    private static String time(long seconds) {
        return seconds >= 60 ? seconds / 60 + "m " + seconds % 60 + "s" : seconds + "s";
    }

    private record Style(boolean color) {
        String bold(String s) {
            return wrap(BOLD, s);
        }

        String dim(String s) {
            return wrap(DIM, s);
        }

        String green(String s) {
            return wrap(GREEN, s);
        }

        String red(String s) {
            return wrap(RED, s);
        }

        private String wrap(String code, String s) {
            return color ? code + s + RESET : s;
        }
    }
}
