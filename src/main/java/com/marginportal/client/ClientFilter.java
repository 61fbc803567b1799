package com.marginportal.client;

import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.marginportal.security.AuditText;

/**
 * Client list filter. {@code text} matches a name (contains) or, when all digits, a client number (exact);
 * {@code phoneTail} the last four digits of the phone; {@code segments} the effective values of classification
 * dimensions (dimension → value, e.g. RISK_LEVEL → HIGH), all of which must hold; {@code suitabilityIssuesOnly}
 * keeps only clients flagged by the suitability rules.
 */
public record ClientFilter(String text, String phoneTail, Long branchId, Long advisorId,
                           Map<String, String> segments, boolean suitabilityIssuesOnly) {

    public static final ClientFilter NONE = new ClientFilter(null, null, null, null);

    /** Names of dimensions and values are codes; anything else never reaches the SQL builders. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,31}");

    public ClientFilter {
        text = blankToNull(text);
        phoneTail = blankToNull(phoneTail);
        if (phoneTail != null && !phoneTail.matches("\\d{4}")) {
            throw new IllegalArgumentException("phoneTail must be exactly four digits");
        }
        TreeMap<String, String> sorted = new TreeMap<>(segments == null ? Map.of() : segments);
        sorted.forEach((dimension, value) -> {
            if (!CODE.matcher(dimension).matches() || value == null || !CODE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a segment: " + dimension + "=" + value);
            }
        });
        segments = Collections.unmodifiableMap(sorted);
    }

    public ClientFilter(String text, String phoneTail, Long branchId, Long advisorId) {
        this(text, phoneTail, branchId, advisorId, Map.of(), false);
    }

    public ClientFilter withText(String value) {
        return new ClientFilter(value, phoneTail, branchId, advisorId, segments, suitabilityIssuesOnly);
    }

    public ClientFilter withPhoneTail(String value) {
        return new ClientFilter(text, value, branchId, advisorId, segments, suitabilityIssuesOnly);
    }

    public ClientFilter withBranch(Long value) {
        return new ClientFilter(text, phoneTail, value, advisorId, segments, suitabilityIssuesOnly);
    }

    public ClientFilter withAdvisor(Long value) {
        return new ClientFilter(text, phoneTail, branchId, value, segments, suitabilityIssuesOnly);
    }

    /** The same filter with one dimension set to a value, or cleared when {@code value} is null. */
    public ClientFilter withSegment(String dimension, String value) {
        Map<String, String> next = new TreeMap<>(segments);
        if (value == null) {
            next.remove(dimension);
        } else {
            next.put(dimension, value);
        }
        return new ClientFilter(text, phoneTail, branchId, advisorId, next, suitabilityIssuesOnly);
    }

    public ClientFilter withSuitabilityIssuesOnly(boolean value) {
        return new ClientFilter(text, phoneTail, branchId, advisorId, segments, value);
    }

    /** For audit entries: only the criteria that are set, e.g. {@code branch=1, RISK_LEVEL=HIGH}. */
    public String describe() {
        StringJoiner s = new StringJoiner(", ");
        s.setEmptyValue("none");
        if (text != null) {
            s.add("text=" + text);
        }
        if (phoneTail != null) {
            s.add("phoneTail=" + phoneTail);
        }
        if (branchId != null) {
            s.add("branch=" + branchId);
        }
        if (advisorId != null) {
            s.add("advisor=" + advisorId);
        }
        segments.forEach((dimension, value) -> s.add(dimension + "=" + value));
        if (suitabilityIssuesOnly) {
            s.add("suitabilityIssuesOnly");
        }
        return s.toString();
    }

    /** What the filter sets, for the audit log, in the reader's language ("none" when nothing). */
    public AuditText.Fields auditFields() {
        AuditText.Fields fields = AuditText.fields().with("audit.field.text", text)
                .with("audit.field.phoneTail", phoneTail).with("audit.field.branchId", branchId)
                .with("audit.field.advisorId", advisorId);
        segments.forEach((dimension, value) -> fields.with("dimension." + dimension, AuditText.word("class." + value)));
        return fields.with("audit.field.suitabilityIssuesOnly", suitabilityIssuesOnly ? AuditText.word("common.yes") : null);
    }

    boolean textIsClientNumber() {
        return text != null && text.matches("\\d{1,18}");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
