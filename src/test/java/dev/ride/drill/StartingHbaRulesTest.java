package dev.ride.drill;

import dev.ride.sandbox.ConfigChoice;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StartingHbaRulesTest {

    private static ConfigChoice hba(String name, String server, List<String> startLines) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("start", startLines);
        options.put("other", List.of("host all all all scram-sha-256"));
        return ConfigChoice.ofHba(name, "a rule", server, options);
    }

    @Test
    void onlyServerChoicesThatStartWithLinesAreWrittenGroupedByServerInOrder() {
        ConfigChoice reject = hba("app-access", "primary", List.of("host all app all reject"));
        ConfigChoice open = hba("reporting-access", "primary", List.of());
        ConfigChoice standbyRule = hba("standby-access", "standby", List.of("host all etl all reject"));
        ConfigChoice secondOnPrimary = hba("admin-access", "primary", List.of("host all admin all md5"));
        ConfigChoice pooler = new ConfigChoice("pool", "pool mode", "pooler", "shop",
                Map.of("transaction", Map.of("pool_mode", "transaction")));

        Map<String, List<ConfigChoice>> servers = StartingHbaRules.byServer(
                List.of(reject, open, pooler, standbyRule, secondOnPrimary));

        assertEquals(List.of("primary", "standby"), List.copyOf(servers.keySet()));
        assertEquals(List.of(reject, secondOnPrimary), servers.get("primary"));
        assertEquals(List.of(standbyRule), servers.get("standby"));
    }

    @Test
    void choicesThatStartWithTheSandboxsOwnRulesNeedNothing() {
        assertTrue(StartingHbaRules.byServer(List.of(hba("open", "primary", List.of()))).isEmpty());
    }
}
