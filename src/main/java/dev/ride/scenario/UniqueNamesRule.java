package dev.ride.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lint: within a stage no two scenarios share an id number ({@code stage-02/06-…}), and no two
 * scenarios of the catalog share a title: a learner tells them apart by both.
 */
final class UniqueNamesRule {

    static final String IDS = "ids";
    static final String TITLES = "titles";
    private static final Pattern NUMBERED = Pattern.compile("(.*)/(\\d+)-[^/]*");

    List<LintFinding> check(List<Scenario> scenarios) {
        List<LintFinding> findings = new ArrayList<>();
        Map<String, Scenario> byNumber = new LinkedHashMap<>();
        Map<String, Scenario> byTitle = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            Matcher m = NUMBERED.matcher(s.id());
            if (m.matches()) {
                String key = m.group(1) + "/" + Integer.parseInt(m.group(2));
                Scenario first = byNumber.putIfAbsent(key, s);
                if (first != null) {
                    findings.add(LintFinding.at(s, IDS, 1, "number " + m.group(2) + " of " + m.group(1)
                            + " is taken by " + first.id()));
                }
            }
            Scenario first = byTitle.putIfAbsent(s.title().strip().toLowerCase(Locale.ROOT), s);
            if (first != null) {
                findings.add(LintFinding.at(s, TITLES, ManifestLines.of(s).key("title"),
                        "title '" + s.title() + "' is taken by " + first.id()));
            }
        }
        return findings;
    }
}
