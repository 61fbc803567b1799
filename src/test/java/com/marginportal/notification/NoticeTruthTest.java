package com.marginportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marginportal.notification.NoticeCrossedLine.Kind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A notice states exactly the lines its caller says were crossed, with figure and threshold, and its figure
 * blocks add up — on the high-risk lines (warning 150%, margin call 130%, liquidation 120%, target 150%,
 * financing-ratio line 60%).
 */
class NoticeTruthTest {

    private static final NoticeLines HIGH_RISK = new NoticeLines(new BigDecimal("1.50"), new BigDecimal("1.30"),
            new BigDecimal("1.20"), new BigDecimal("1.50"), new BigDecimal("0.60"));

    private final NoticeRenderer renderer = new NoticeRenderer();

    /** Cash 0, securities 110,000, financing 70,000, fees 1,000: 154.93%, financing ratio 63.64%. */
    private static final NoticeFigures FINANCING_ONLY = NoticeRequests.figures(BigDecimal.ZERO.setScale(2),
            new BigDecimal("110000.00"), new BigDecimal("70000.00"), BigDecimal.ZERO.setScale(2), new BigDecimal("1000.00"));
    /** Securities 100,000: 140.85% and 70.00%. */
    private static final NoticeFigures BOTH = NoticeRequests.figures(BigDecimal.ZERO.setScale(2),
            new BigDecimal("100000.00"), new BigDecimal("70000.00"), BigDecimal.ZERO.setScale(2), new BigDecimal("1000.00"));
    /** Securities 89,000: 125.35% and 78.65%. */
    private static final NoticeFigures MARGIN_CALL_BOTH = NoticeRequests.figures(BigDecimal.ZERO.setScale(2),
            new BigDecimal("89000.00"), new BigDecimal("70000.00"), BigDecimal.ZERO.setScale(2), new BigDecimal("1000.00"));

    @Test
    void aFinancingRatioWarningNamesTheFinancingRatioAndNotTheMaintenanceRatioAsCrossed() {
        RenderedNotice zh = renderer.render(warning(FINANCING_ONLY, financing(FINANCING_ONLY), "zh-CN"));

        assertThat(zh.subject()).isEqualTo("【两融风险提示】您的信用账户融资比例已超过预警线（当前 63.64%，预警线 60.00%）");
        for (String body : new String[] {zh.text(), zh.html()}) {
            assertThat(body).contains("您的信用账户（********1234）融资比例为 63.64%，已超过预警线 60.00%。")
                    .contains("建议您降低融资规模：卖出证券偿还融资负债、直接偿还融资负债，或转入现金、可充抵保证金证券以提高资产总值，"
                            + "使融资比例回落至预警线 60.00% 及以下")
                    .contains("维持担保比例为 154.93%，未低于警戒线 150.00%。")
                    .doesNotContain("已低于", "维持担保比例预警")
                    .doesNotContainPattern("维持担保比例[^。\\n<]*已低于");
        }
        assertThat(zh.text()).contains("  融资比例：63.64%", "  融资比例预警线：60.00%", "  维持担保比例：154.93%");

        RenderedNotice en = renderer.render(warning(FINANCING_ONLY, financing(FINANCING_ONLY), "en"));
        assertThat(en.subject()).isEqualTo(
                "[Margin risk alert] Your credit account: financing ratio above its warning line (now 63.64%, line 60.00%)");
        assertThat(en.text()).contains("for your credit account (********1234), the financing ratio is 63.64%, above its warning line of 60.00%.")
                .contains("We advise you to reduce your financing", "returns to 60.00% or below")
                .contains("The maintenance collateral ratio of your credit account is 154.93%, not below the warning line of 150.00%.")
                .doesNotContain("ratio is below", "154.93%, below");
    }

    @Test
    void aCaseAcrossTwoLinesNamesBothInSubjectAndBody() {
        List<NoticeCrossedLine> both = List.of(
                new NoticeCrossedLine(Kind.WARNING, BOTH.maintenanceRatio(), HIGH_RISK.warning()),
                financing(BOTH).get(0));
        RenderedNotice zh = renderer.render(warning(BOTH, both, null));
        RenderedNotice en = renderer.render(warning(BOTH, both, "en"));

        assertThat(zh.subject()).isEqualTo("【两融风险提示】您的信用账户维持担保比例已低于警戒线（当前 140.85%，警戒线 150.00%），"
                + "融资比例已超过预警线（当前 70.00%，预警线 60.00%）");
        assertThat(zh.text()).contains("维持担保比例为 140.85%，已低于警戒线 150.00%；融资比例为 70.00%，已超过预警线 60.00%。")
                .contains("提高维持担保比例", "降低融资规模").doesNotContain("未低于");
        assertThat(en.subject()).contains("maintenance collateral ratio below the warning line (now 140.85%, line 150.00%)"
                + " and financing ratio above its warning line (now 70.00%, line 60.00%)");
        assertThat(en.text()).contains("the maintenance collateral ratio is 140.85%, below the warning line of 150.00%;"
                + " and the financing ratio is 70.00%, above its warning line of 60.00%.");
    }

    @Test
    void aMarginCallAcrossBothLinesDemandsBoth() {
        List<NoticeCrossedLine> both = List.of(
                new NoticeCrossedLine(Kind.MARGIN_CALL, MARGIN_CALL_BOTH.maintenanceRatio(), HIGH_RISK.marginCall()),
                financing(MARGIN_CALL_BOTH).get(0));
        RenderedNotice n = renderer.render(request(NoticeType.MARGIN_CALL, MARGIN_CALL_BOTH, both, null,
                new BigDecimal("27666.67")));

        assertThat(n.subject()).isEqualTo("【追加担保物通知】请于2026年11月27日 15:00（北京时间）前将维持担保比例提高至150.00%以上、"
                + "融资比例降至60.00%及以下——您的信用账户维持担保比例已低于追保线（当前 125.35%，追保线 130.00%），"
                + "融资比例已超过预警线（当前 78.65%，预警线 60.00%）");
        assertThat(n.text()).contains("维持担保比例为 125.35%，已低于追保线 130.00%；融资比例为 78.65%，已超过预警线 60.00%。")
                .contains("使维持担保比例恢复至 150.00% 以上，并使融资比例回落至 60.00% 及以下：")
                .contains("需追加担保物金额（估算）：27,666.67 元", "降低融资规模");
    }

    @Test
    void aNoticeRefusesWhatItsFiguresContradict() {
        assertThatIllegalArgumentException().as("a margin call made by the financing-ratio line alone")
                .isThrownBy(() -> request(NoticeType.MARGIN_CALL, FINANCING_ONLY, financing(FINANCING_ONLY), null,
                        BigDecimal.ONE))
                .withMessageContaining("MARGIN_CALL notice needs one of");
        assertThatIllegalArgumentException().as("a warning that names no line")
                .isThrownBy(() -> warning(FINANCING_ONLY, List.of(), null)).withMessageContaining("crossed");
        assertThatIllegalArgumentException().as("154.93% is not below 150%")
                .isThrownBy(() -> new NoticeCrossedLine(Kind.WARNING, new BigDecimal("1.5493"), new BigDecimal("1.50")));
        assertThatIllegalArgumentException().as("on the line is not across it")
                .isThrownBy(() -> new NoticeCrossedLine(Kind.FINANCING_RATIO, new BigDecimal("0.6000"), new BigDecimal("0.60")));
        assertThatIllegalArgumentException().as("the figure stated must be the account's")
                .isThrownBy(() -> warning(FINANCING_ONLY,
                        List.of(new NoticeCrossedLine(Kind.FINANCING_RATIO, new BigDecimal("0.6520"), HIGH_RISK.financingRatio())), null))
                .withMessageContaining("is not the account's figure");
        assertThatIllegalArgumentException().as("the line stated must be the account's")
                .isThrownBy(() -> warning(BOTH, List.of(new NoticeCrossedLine(Kind.WARNING, BOTH.maintenanceRatio(),
                        new BigDecimal("1.45"))), null))
                .withMessageContaining("is not the account's line");
        NoticeFigures f = BOTH;
        assertThatIllegalArgumentException().as("total debt without its interest and fees")
                .isThrownBy(() -> new NoticeFigures(f.valuedAt(), f.maintenanceRatio(), f.totalAssets(), f.securitiesValue(),
                        f.cash(), f.totalDebt(), f.financingDebt(), f.shortLiability(), BigDecimal.ZERO, f.financingRatio()))
                .withMessageContaining("interest and fees");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NoticeFigures(f.valuedAt(), f.maintenanceRatio(), new BigDecimal("100000.01"),
                        f.securitiesValue(), f.cash(), f.totalDebt(), f.financingDebt(), f.shortLiability(),
                        f.interestAndFees(), f.financingRatio()))
                .withMessageContaining("total assets");
    }

    /** Generated accounts: the rendered text's figure block adds up, in both languages, to the cent. */
    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyFigureBlockAddsUp(String language) {
        Random random = new Random(20261205L);
        for (int i = 0; i < 200; i++) {
            NoticeFigures f = NoticeRequests.figures(cents(random, 5_000_000), cents(random, 50_000_000),
                    cents(random, 20_000_000).add(new BigDecimal("1000.00")), i % 3 == 0 ? BigDecimal.ZERO.setScale(2)
                            : cents(random, 3_000_000), cents(random, 200_000));
            RiskNoticeRequest r = NoticeRequests.of(NoticeType.RESOLUTION, language, "a@example.com", null);
            String text = renderer.render(new RiskNoticeRequest(r.type(), r.caseId(), r.clientId(), r.branchId(),
                    r.recipientEmail(), r.recipientName(), r.language(), r.maskedAccountNumber(), r.advisorName(),
                    r.advisorPhone(), f, HIGH_RISK, List.of(), null, null, null, r.outcome(), null)).text();
            boolean en = "en".equals(language);
            BigDecimal cash = amount(text, en ? "Cash balance" : "现金余额", en);
            BigDecimal securities = amount(text, en ? "Securities market value" : "证券市值", en);
            BigDecimal assets = amount(text, en ? "Total assets" : "资产总值", en);
            BigDecimal financing = amount(text, en ? "Financing debt" : "融资负债", en);
            BigDecimal shortLiability = amount(text, en ? "Short-sale liability" : "融券负债", en);
            BigDecimal fees = amount(text, en ? "Interest and fees" : "利息及费用", en);
            BigDecimal debt = amount(text, en ? "Total debt" : "负债总额", en);
            assertThat(cash.add(securities)).as("assets of %s", f).isEqualByComparingTo(assets);
            assertThat(financing.add(shortLiability).add(fees)).as("debt of %s", f).isEqualByComparingTo(debt);
            assertThat(percent(text, en ? "Maintenance collateral ratio" : "维持担保比例", en))
                    .as("ratio = assets ÷ debt").isEqualByComparingTo(
                            assets.divide(debt, 12, RoundingMode.HALF_UP).movePointRight(2).setScale(2, RoundingMode.HALF_UP));
            assertThat(percent(text, en ? "Financing ratio" : "融资比例", en))
                    .as("financing ratio = financing ÷ assets").isEqualByComparingTo(
                            financing.divide(assets, 12, RoundingMode.HALF_UP).movePointRight(2).setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static BigDecimal cents(Random random, long maxYuan) {
        return BigDecimal.valueOf((long) (random.nextDouble() * maxYuan * 100), 2);
    }

    static BigDecimal amount(String text, String label, boolean en) {
        String pattern = en ? "(?m)^  " + label + ": CNY ([-0-9,.]+)$" : "(?m)^  " + label + "：([-0-9,.]+) 元$";
        return new BigDecimal(find(text, pattern, label));
    }

    private static BigDecimal percent(String text, String label, boolean en) {
        return new BigDecimal(find(text, "(?m)^  " + label + (en ? ": " : "：") + "([0-9,.]+)%$", label));
    }

    private static String find(String text, String pattern, String label) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as("figure line %s in%n%s", label, text).isTrue();
        return m.group(1).replace(",", "");
    }

    private static List<NoticeCrossedLine> financing(NoticeFigures f) {
        return List.of(new NoticeCrossedLine(Kind.FINANCING_RATIO, f.financingRatio(), HIGH_RISK.financingRatio()));
    }

    private static RiskNoticeRequest warning(NoticeFigures f, List<NoticeCrossedLine> crossed, String language) {
        return request(NoticeType.WARNING, f, crossed, language, null);
    }

    private static RiskNoticeRequest request(NoticeType type, NoticeFigures f, List<NoticeCrossedLine> crossed,
                                             String language, BigDecimal topUp) {
        return new RiskNoticeRequest(type, 42, 10000001L, 1, "a@example.com", "张三", language, "********1234", "李四",
                "021-68881234", f, HIGH_RISK, crossed, topUp, topUp == null ? null : NoticeRequests.DEADLINE, null, null,
                null);
    }
}
