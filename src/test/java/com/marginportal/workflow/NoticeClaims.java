package com.marginportal.workflow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a delivered notice states about the account, read from its decoded subject and plain text: sentences that
 * name a ratio kind (维持担保比例 / 融资比例), its figure, a comparison word (低于 / 超过 / 高于) and a line with
 * its figure, e.g. "维持担保比例为 135.71%，已低于警戒线 140.00%" or "融资比例为 63.64%，已超过融资比例警戒线 60.00%".
 * Tolerant of wording: any text between the parts is allowed within one sentence.
 */
record NoticeClaims(Long caseId, List<Claim> claims, List<BigDecimal> statedRatios) {

    /** Which figure a sentence is about. */
    enum Kind { MAINTENANCE, FINANCING }

    /**
     * One sentence: {@code figure} (in %) {@code below} or above a line named {@code lineName}; {@code line} in %
     * when the sentence quotes it (subjects name the line only).
     */
    record Claim(Kind kind, BigDecimal figure, boolean below, boolean negated, String lineName, BigDecimal line,
                 String text) {

        /** Whether the sentence is true of the figure and the line ("未低于" / "not below" states figure ≥ line). */
        boolean holds(BigDecimal lineValue) {
            int cmp = figure.compareTo(lineValue);
            return negated ? (below ? cmp >= 0 : cmp <= 0) : (below ? cmp < 0 : cmp > 0);
        }

        String comparison() {
            return (negated ? "not " : "") + (below ? "below" : "above");
        }

        /** The case's line column this sentence means. */
        String lineColumn() {
            if (kind == Kind.FINANCING || lineName.contains("融资")) {
                return "financing_ratio_line";
            }
            if (lineName.contains("追保")) {
                return "margin_call_line";
            }
            if (lineName.contains("平仓")) {
                return "liquidation_line";
            }
            return "warning_line";
        }
    }

    private static final String KIND = "(维持担保比例|融资比例)";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*%";
    private static final String COMPARE = "(未低于|未超过|未高于|低于|超过|高于)";
    /** Body: "<kind>为 X%，已低于<line> Y%" (no sentence end in between). */
    private static final Pattern BODY = Pattern.compile(KIND + "\\s*(?:为|是|达到|达)\\s*" + NUMBER
            + "[^。；;\\n]{0,12}?" + COMPARE + "([^\\d。；;\\n]{0,20}?)\\s*" + NUMBER);
    /** Subject: "<kind>已低于<line>（当前 X%）". */
    private static final Pattern SUBJECT = Pattern.compile(KIND + "[^。；;（(\\d]{0,6}?" + COMPARE
            + "([^\\d（(]{0,20}?)\\s*[（(]\\s*当前\\s*" + NUMBER);
    /** A plain statement of the ratio without a line, e.g. the resolution notice's "维持担保比例为 X。". */
    private static final Pattern STATED = Pattern.compile("维持担保比例\\s*(?:为|是)\\s*" + NUMBER);
    private static final Pattern REFERENCE = Pattern.compile("风险事项编号\\s*[：:]\\s*([\\d,]+)");

    static NoticeClaims read(String subject, String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n");
        List<Claim> claims = new ArrayList<>();
        Matcher s = SUBJECT.matcher(subject == null ? "" : subject);
        while (s.find()) {
            claims.add(new Claim(kind(s.group(1)), new BigDecimal(s.group(4)), below(s.group(2)), negated(s.group(2)),
                    s.group(3).strip(), null,
                    s.group()));
        }
        Matcher b = BODY.matcher(body);
        while (b.find()) {
            claims.add(new Claim(kind(b.group(1)), new BigDecimal(b.group(2)), below(b.group(3)), negated(b.group(3)),
                    b.group(4).strip(),
                    new BigDecimal(b.group(5)), b.group()));
        }
        List<BigDecimal> stated = new ArrayList<>();
        Matcher r = STATED.matcher(body);
        while (r.find()) {
            stated.add(new BigDecimal(r.group(1)));
        }
        Matcher ref = REFERENCE.matcher(body);
        Long caseId = ref.find() ? Long.valueOf(ref.group(1).replace(",", "")) : null;
        return new NoticeClaims(caseId, claims, stated);
    }

    private static Kind kind(String word) {
        return word.startsWith("融资") ? Kind.FINANCING : Kind.MAINTENANCE;
    }

    private static boolean below(String word) {
        return word.endsWith("低于");
    }

    private static boolean negated(String word) {
        return word.startsWith("未");
    }
}
