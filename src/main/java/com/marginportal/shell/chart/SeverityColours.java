package com.marginportal.shell.chart;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Colours that say how serious a value is — amber for a warning, orange for a margin call, red for liquidation and
 * high risk, green for low risk — for charts whose categories are levels or risk classes, instead of the palette's
 * order (which drew high risk in grey and liquidation in the warning's blue).
 */
public final class SeverityColours {

    public static final String SAFE = "#2e9f5b";
    public static final String WARNING = "#e0a100";
    public static final String MARGIN_CALL = "#e8740c";
    public static final String DANGER = "#d6312b";
    public static final String NEUTRAL = "#a0a8b4";

    /** Breach levels and risk classes by their codes; anything else is neutral. */
    private static final Map<String, String> BY_CODE = Map.of("WARNING", WARNING, "MARGIN_CALL", MARGIN_CALL,
            "LIQUIDATION", DANGER, "LOW", SAFE, "MEDIUM", WARNING, "HIGH", DANGER);

    private SeverityColours() {
    }

    public static String of(String code) {
        return BY_CODE.getOrDefault(code, NEUTRAL);
    }

    /** The option's palette in the order given: per category for a series coloured by data, else per series. */
    public static <T> ObjectNode paint(ObjectNode option, List<T> codes, Function<T, String> colour) {
        ArrayNode palette = option.putArray("color");
        codes.forEach(code -> palette.add(colour.apply(code)));
        return option;
    }
}
