package dev.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Reads JSON values the way the reference scorer's Python does (None, str(), float(), int(), bool()). */
final class Json {

    private Json() {}

    /** The field's value; null when it is missing or JSON null, as Python's dict.get gives None. */
    static JsonNode get(JsonNode object, String field) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** Python's str() of a JSON value, for names. */
    static String str(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "True" : "False";
        }
        return value.asText();
    }

    /** Python's truthiness. */
    static boolean truthy(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }

    /** Python's float(v) when finite, else null. */
    static Double number(JsonNode value) {
        if (value == null) {
            return null;
        }
        double x;
        if (value.isNumber()) {
            x = value.doubleValue();
        } else if (value.isBoolean()) {
            x = value.booleanValue() ? 1 : 0;
        } else if (value.isTextual()) {
            try {
                x = Double.parseDouble(value.textValue().strip().replace("_", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        } else {
            return null;
        }
        return Double.isFinite(x) ? x : null;
    }

    /** Python's int(v), for None and false giving null, and null where int() would raise. */
    static Long integer(JsonNode value) {
        if (value == null || (value.isBoolean() && !value.booleanValue())) {
            return null;
        }
        if (value.isBoolean()) {
            return 1L;
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            double d = value.doubleValue();
            return Double.isFinite(d) ? (long) d : null; // int() truncates towards zero
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.textValue().strip().replace("_", "")).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
