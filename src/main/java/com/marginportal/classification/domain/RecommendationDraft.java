package com.marginportal.classification.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.marginportal.security.PlainText;

/**
 * A catalogue entry as edited: the segment it applies to (one dimension and value, optionally AND a second
 * one), its text in Chinese and English, the kind of service and a priority (1 = most important).
 * Holds whatever the form sent; {@link #problems()} says what is wrong with it, field by field.
 */
public record RecommendationDraft(Dimension dimension, String value, Dimension secondDimension, String secondValue,
                                  String titleZh, String titleEn, String descriptionZh, String descriptionEn,
                                  ServiceAction action, Integer priority, boolean active) {

    /** The audited fields by the form's field names, in the form's order. */
    private static final Map<String, Function<RecommendationDraft, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("dimension", RecommendationDraft::dimension);
        FIELDS.put("value", RecommendationDraft::value);
        FIELDS.put("secondDimension", RecommendationDraft::secondDimension);
        FIELDS.put("secondValue", RecommendationDraft::secondValue);
        FIELDS.put("titleZh", RecommendationDraft::titleZh);
        FIELDS.put("titleEn", RecommendationDraft::titleEn);
        FIELDS.put("descriptionZh", RecommendationDraft::descriptionZh);
        FIELDS.put("descriptionEn", RecommendationDraft::descriptionEn);
        FIELDS.put("action", RecommendationDraft::action);
        FIELDS.put("priority", RecommendationDraft::priority);
        FIELDS.put("active", RecommendationDraft::active);
    }

    public static final int TITLE_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int PRIORITY_MIN = 1;
    public static final int PRIORITY_MAX = 5;

    /** Trims the texts so that "  " counts as missing and stored text never carries stray blanks. */
    public RecommendationDraft {
        titleZh = strip(titleZh);
        titleEn = strip(titleEn);
        descriptionZh = strip(descriptionZh);
        descriptionEn = strip(descriptionEn);
        PlainText.requireSingleLine("titleZh", titleZh);
        PlainText.requireSingleLine("titleEn", titleEn);
        PlainText.requireMultiLine("descriptionZh", descriptionZh);
        PlainText.requireMultiLine("descriptionEn", descriptionEn);
        secondValue = secondDimension == null ? null : secondValue;
    }

    public List<DraftProblem> problems() {
        List<DraftProblem> problems = new ArrayList<>();
        if (dimension == null) {
            problems.add(DraftProblem.of("dimension", "recommendation.error.required"));
        } else if (!allowed(dimension, value)) {
            problems.add(DraftProblem.of("value", "recommendation.error.value"));
        }
        if (secondDimension != null) {
            if (secondDimension == dimension) {
                problems.add(DraftProblem.of("secondDimension", "recommendation.error.sameDimension"));
            } else if (!allowed(secondDimension, secondValue)) {
                problems.add(DraftProblem.of("secondValue", "recommendation.error.value"));
            }
        }
        text(problems, "titleZh", titleZh, TITLE_MAX);
        text(problems, "titleEn", titleEn, TITLE_MAX);
        text(problems, "descriptionZh", descriptionZh, DESCRIPTION_MAX);
        text(problems, "descriptionEn", descriptionEn, DESCRIPTION_MAX);
        if (action == null) {
            problems.add(DraftProblem.of("action", "recommendation.error.required"));
        }
        if (priority == null || priority < PRIORITY_MIN || priority > PRIORITY_MAX) {
            problems.add(DraftProblem.of("priority", "recommendation.error.priority", PRIORITY_MIN, PRIORITY_MAX));
        }
        return problems;
    }

    public boolean isValid() {
        return problems().isEmpty();
    }

    /** The segment conditions; every one must hold for the entry to apply. Only for a valid draft. */
    public List<Condition> conditions() {
        return secondDimension == null ? List.of(new Condition(dimension, value))
                : List.of(new Condition(dimension, value), new Condition(secondDimension, secondValue));
    }

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleZh;
    }

    public String description(Locale locale) {
        return english(locale) ? descriptionEn : descriptionZh;
    }

    public RecommendationDraft withActive(boolean active) {
        return new RecommendationDraft(dimension, value, secondDimension, secondValue, titleZh, titleEn,
                descriptionZh, descriptionEn, action, priority, active);
    }

    /** A field the audit log names (the form's field name) with its value before and after a change. */
    public record FieldChange(String field, Object before, Object after) {
    }

    /** The fields that differ from {@code next}, in the form's order (empty when nothing changed). */
    public List<FieldChange> changesTo(RecommendationDraft next) {
        return fields(this, next).stream().filter(c -> !Objects.equals(c.before(), c.after())).toList();
    }

    /** Every field of a new entry, as a change from nothing. */
    public List<FieldChange> asNew() {
        return fields(null, this).stream().filter(c -> c.after() != null).toList();
    }

    private static List<FieldChange> fields(RecommendationDraft a, RecommendationDraft b) {
        List<FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, get) -> changes.add(new FieldChange(name, a == null ? null : get.apply(a), get.apply(b))));
        return changes;
    }

    private static boolean allowed(Dimension d, String v) {
        return v != null && !Dimension.UNCLASSIFIED.equals(v) && d.allows(v);
    }

    private static void text(List<DraftProblem> problems, String field, String text, int max) {
        if (text == null || text.isEmpty()) {
            problems.add(DraftProblem.of(field, "recommendation.error.required"));
        } else if (text.length() > max) {
            problems.add(DraftProblem.of(field, "recommendation.error.tooLong", max));
        }
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
