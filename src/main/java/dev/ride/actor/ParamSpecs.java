package dev.ride.actor;

import dev.ride.text.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a workload's {@code params:} list: one generator per {@code $n}, in order. */
final class ParamSpecs {

    static final List<String> KINDS = List.of("seq", "int", "pick", "text", "row_of");
    private static final Pattern SEQ = Pattern.compile("from\\s+(-?\\d{1,18})");
    private static final Pattern TEMPLATE_FIELD = Pattern.compile("\\{([^}]*)}");

    private final ActorSpecs specs;
    private final String what;

    ParamSpecs(ActorSpecs specs, String what) {
        this.specs = specs;
        this.what = what;
    }

    List<ParamSpec> list(JsonNode node, String pointer) {
        List<ParamSpec> params = new ArrayList<>();
        if (node == null) {
            return params;
        }
        if (!node.isArray()) {
            throw specs.fail(pointer, what + ": params: expected a list, one generator per $n ({int: [1, 500]}, ...)");
        }
        for (int i = 0; i < node.size(); i++) {
            params.add(one(node.get(i), pointer + "/" + i, "$" + (i + 1)));
        }
        return params;
    }

    private ParamSpec one(JsonNode node, String pointer, String param) {
        if (!node.isObject() || node.isEmpty()) {
            throw specs.fail(pointer, what + ": " + param + ": expected one generator: " + String.join(", ", KINDS));
        }
        String kind = node.fieldNames().next();
        String where = what + ": " + param + " (" + kind + ")";
        if (!kind.equals("row_of")) {
            specs.checkKeys(node, pointer, List.of(kind), what + "'s " + param);
        } else {
            specs.checkKeys(node, pointer, List.of("row_of", "column"), what + "'s " + param);
        }
        JsonNode value = node.get(kind);
        String p = pointer + "/" + kind;
        return switch (kind) {
            case "seq" -> seq(value, p, where);
            case "int" -> intRange(value, p, where);
            case "pick" -> pick(value, p, where);
            case "text" -> text(value, p, where);
            case "row_of" -> rowOf(node, p, where, pointer);
            default -> throw specs.fail(pointer + "/" + kind, what + ": " + param + ": unknown generator '" + kind + "'"
                    + Spelling.hint(kind, KINDS) + " (known: " + String.join(", ", KINDS) + ")");
        };
    }

    private ParamSpec seq(JsonNode value, String pointer, String where) {
        Matcher m = SEQ.matcher(value.isTextual() ? value.asText().strip() : "");
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return new ParamSpec.Seq(value.asLong());
        }
        if (m.matches()) {
            return new ParamSpec.Seq(Long.parseLong(m.group(1)));
        }
        throw specs.fail(pointer, where + ": write {seq: from 1}");
    }

    private ParamSpec intRange(JsonNode value, String pointer, String where) {
        if (value.isArray() && value.size() == 2 && value.get(0).isIntegralNumber() && value.get(1).isIntegralNumber()
                && value.get(0).canConvertToLong() && value.get(1).canConvertToLong()) {
            long low = value.get(0).asLong();
            long high = value.get(1).asLong();
            if (low <= high) {
                return new ParamSpec.IntRange(low, high);
            }
            throw specs.fail(pointer, where + ": the low end " + low + " is above the high end " + high);
        }
        throw specs.fail(pointer, where + ": write {int: [low, high]} with two whole numbers");
    }

    private ParamSpec pick(JsonNode value, String pointer, String where) {
        if (!value.isArray() || value.isEmpty()) {
            throw specs.fail(pointer, where + ": write {pick: [a, b, c]} with at least one value");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode v = value.get(i);
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                values.add(v.asLong());
            } else if (v.isBoolean()) {
                values.add(v.asBoolean());
            } else if (v.isValueNode() && !v.isNull()) {
                values.add(v.asText());
            } else {
                throw specs.fail(pointer + "/" + i, where + ": each value is a text, a number or true/false");
            }
        }
        return new ParamSpec.Pick(values);
    }

    private ParamSpec text(JsonNode value, String pointer, String where) {
        if (!value.isTextual()) {
            throw specs.fail(pointer, where + ": write {text: \"order-{seq}\"}");
        }
        Matcher m = TEMPLATE_FIELD.matcher(value.asText());
        while (m.find()) {
            if (!m.group(1).equals("seq")) {
                throw specs.fail(pointer, where + ": unknown field {" + m.group(1) + "}: only {seq} (the iteration number) is known");
            }
        }
        return new ParamSpec.Text(value.asText());
    }

    private ParamSpec rowOf(JsonNode node, String pointer, String where, String paramPointer) {
        JsonNode query = node.get("row_of");
        if (!query.isTextual() || query.asText().isBlank()) {
            throw specs.fail(pointer, where + ": write {row_of: \"select id from customers order by id\"}");
        }
        String column = specs.text(node, paramPointer, "column", false);
        return new ParamSpec.RowOf(query.asText(), column);
    }
}
