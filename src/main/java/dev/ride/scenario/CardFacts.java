package dev.ride.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the lint reads from a card (a solution's stored {@code .card.json}, or the card a replay
 * printed): its score, the maximum, and which trap checks it shows sprung.
 */
public record CardFacts(int score, int total, int max, List<String> sprungTraps) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CardFacts {
        sprungTraps = List.copyOf(sprungTraps);
    }

    /** @throws IOException when it is not a card */
    public static CardFacts parse(String json) throws IOException {
        JsonNode card = JSON.readTree(json);
        if (card == null || !card.has("max")) {
            throw new IOException("not a card (no max)");
        }
        List<String> sprung = new ArrayList<>();
        for (JsonNode check : card.path("trap").path("checks")) {
            // a trap that could not be checked is neither avoided nor sprung
            if (!check.path("passed").asBoolean() && !check.has("unchecked")) {
                sprung.add(check.path("id").asText());
            }
        }
        int total = card.path("total").asInt();
        return new CardFacts(card.path("score").asInt(total), total, card.path("max").asInt(), sprung);
    }

    public static CardFacts read(Path card) throws IOException {
        return parse(Files.readString(card, StandardCharsets.UTF_8));
    }
}
