package com.marginportal.notification;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering without Spring: wording, figures, formats and masking of every notice in both languages. */
class NoticeRendererTest {

    private final NoticeRenderer renderer = new NoticeRenderer();

    @Test
    void aChineseMarginCallStatesAmountDeadlineTargetAndConsequence() {
        RenderedNotice n = renderer.render(NoticeRequests.marginCall(null));

        assertThat(n.subject()).isEqualTo("【追加担保物通知】请于2026年11月27日 15:00（北京时间）前将维持担保比例提高至140.00%以上"
                + "——您的信用账户维持担保比例已低于追保线（当前 127.14%，追保线 130.00%）");
        for (String body : new String[] {n.text(), n.html()}) {
            assertThat(body).contains("尊敬的 张三 客户：")
                    .contains("截至 2026年11月25日 15:00（北京时间），您的信用账户（********1234）维持担保比例为 127.14%，已低于追保线 130.00%。")
                    .contains("追加担保物", "125,000.50 元", "追保期限", "2026年11月27日 15:00（北京时间）", "140.00%")
                    .contains("强制平仓", "即时平仓线 110.00%")
                    .contains("1,234,567.89 元", "950,000.00 元", "李四", "021-68881234", "风险事项编号：42");
        }
        assertThat(n.text()).contains("  需追加担保物金额（估算）：125,000.50 元")
                .contains("  追保期限：2026年11月27日 15:00（北京时间）")
                .contains("  维持担保比例：127.14%");
        assertThat(n.html()).startsWith("<!DOCTYPE html>").contains("lang=\"zh-CN\"").contains("<title>【追加担保物通知】");
    }

    @Test
    void anExtensionStatesTheNewDeadlineWithTheFiguresAndTheDemandAsAMarginCallDoes() {
        RenderedNotice n = renderer.render(NoticeRequests.of(NoticeType.EXTENSION, null, "a@example.com", null));

        assertThat(n.subject()).isEqualTo("【追保期限延长通知】追保期限延长至2026年11月27日 15:00（北京时间），请于期限前"
                + "将维持担保比例提高至140.00%以上——您的信用账户维持担保比例已低于追保线（当前 127.14%，追保线 130.00%）");
        for (String body : new String[] {n.text(), n.html()}) {
            assertThat(body).contains("融资融券追保期限延长通知", "截至 2026年11月25日 15:00（北京时间），您的信用账户（********1234）维持担保比例为 127.14%，已低于追保线 130.00%。")
                    .contains("经本公司审核，决定将您本次风险事项（编号 42）追加担保物的期限由 2026年11月26日 15:00（北京时间） "
                            + "延长至 2026年11月27日 15:00（北京时间）。")
                    .contains("125,000.50 元", "140.00%", "追保期间若维持担保比例低于即时平仓线 110.00%");
        }
        assertThat(n.text()).contains("  追保期限：2026年11月27日 15:00（北京时间）");
    }

    /** A liquidation notice named no deadline: the first one the managers give is set, not "extended". */
    @Test
    void aDeadlineGivenWhereTheClientHeldNoneIsSetNotExtended() {
        RenderedNotice zh = renderer.render(NoticeRequests.extensionBelowLiquidation(null));
        assertThat(zh.subject()).startsWith("【追保期限通知】请于2026年11月27日 15:00（北京时间）前将维持担保比例提高至140.00%以上");
        for (String body : new String[] {zh.subject(), zh.text(), zh.html()}) {
            assertThat(body).doesNotContain("延长", "展期");
        }
        assertThat(zh.text()).contains("融资融券追加担保物期限通知",
                "经本公司审核，决定为您本次风险事项（编号 42）设定追加担保物的期限：2026年11月27日 15:00（北京时间）。");
        RenderedNotice en = renderer.render(NoticeRequests.extensionBelowLiquidation("en"));
        assertThat(en.subject()).startsWith("[Top-up deadline] By 27 Nov 2026, 15:00 (Beijing time), please raise");
        for (String body : new String[] {en.subject(), en.text(), en.html()}) {
            assertThat(body).doesNotContainIgnoringCase("extend");
        }
        assertThat(en.text()).contains("Top-up deadline notice", "we have set a deadline of 27 Nov 2026, 15:00 (Beijing"
                + " time) for topping up collateral in this risk case (reference 42)");
    }

    @Test
    void anEnglishExtensionStatesTheDeadlineItMoves() {
        RenderedNotice n = renderer.render(NoticeRequests.of(NoticeType.EXTENSION, "en", "a@example.com", null));
        assertThat(n.text()).contains("we have extended the deadline for topping up collateral in this risk case"
                + " (reference 42) from 26 Nov 2026, 15:00 (Beijing time) to 27 Nov 2026, 15:00 (Beijing time)");
    }

    @Test
    void anExtensionBelowTheLiquidationLineDoesNotSayWhatHappensShouldTheRatioFallBelowIt() {
        for (String language : new String[] {null, "en"}) {
            RenderedNotice n = renderer.render(NoticeRequests.extensionBelowLiquidation(language));
            assertThat(n.text()).contains(language == null ? "已低于即时平仓线 110.00%" : "below the immediate-liquidation line of 110.00%")
                    .contains(language == null ? "340,000.00 元" : "CNY 340,000.00")
                    .doesNotContain("追保期间若", "Should the ratio fall below");
        }
    }

    @Test
    void anEnglishMarginCallUsesEnglishWordsAndTheSameFigures() {
        RenderedNotice n = renderer.render(NoticeRequests.marginCall("en-US"));

        assertThat(n.subject()).isEqualTo("[Margin call] By 27 Nov 2026, 15:00 (Beijing time), please raise your maintenance"
                + " collateral ratio to 140.00% or above. Your credit account: maintenance collateral ratio below the"
                + " margin-call line (now 127.14%, line 130.00%)");
        assertThat(n.text()).contains("Dear 张三,")
                .contains("As of 25 Nov 2026, 15:00 (Beijing time), for your credit account (********1234), the maintenance"
                        + " collateral ratio is 127.14%, below the margin-call line of 130.00%.")
                .contains("Top-up required (estimate): CNY 125,000.50")
                .contains("Top-up deadline: 27 Nov 2026, 15:00 (Beijing time)")
                .doesNotContain("追保", "元");
    }

    @ParameterizedTest
    @EnumSource(value = NoticeType.class, names = "PERIODIC_REPORT", mode = EnumSource.Mode.EXCLUDE)
    void everyTypeRendersCompletelyInBothLanguages(NoticeType type) {
        for (String language : new String[] {"zh-CN", "en"}) {
            RenderedNotice n = renderer.render(NoticeRequests.of(type, language, "a@example.com", null));
            for (String part : new String[] {n.subject(), n.text(), n.html()}) {
                assertThat(part).isNotBlank().doesNotContain("{0}", "{1}", "??", " th:", "null", "[(", "[#");
                assertThat(part).as("no unmasked account, ID or phone number").doesNotContainPattern("\\d{12,}");
            }
            assertThat(n.text()).contains("********1234").doesNotContain("<");
        }
    }

    @ParameterizedTest
    @EnumSource(value = NoticeType.class, names = {"WARNING", "MARGIN_CALL", "LIQUIDATION", "EXTENSION"})
    void riskNoticesAskForAnAcknowledgementThroughTheLinkPlaceholder(NoticeType type) {
        RenderedNotice zh = renderer.render(NoticeRequests.of(type, null, "a@example.com", null));
        RenderedNotice en = renderer.render(NoticeRequests.of(type, "en", "a@example.com", null));

        assertThat(zh.text()).contains("该链接为您个人专用，7 天内有效，仅可使用一次。\n" + AcknowledgementLinks.MARKER + "\n");
        assertThat(zh.html()).contains("href=\"" + AcknowledgementLinks.MARKER + "\"", "我已阅读并知悉本通知");
        assertThat(en.text()).contains("works for 7 days and only once.\n" + AcknowledgementLinks.MARKER);
        assertThat(AcknowledgementLinks.withoutLinkParagraph(zh.text())).doesNotContain(AcknowledgementLinks.MARKER,
                "个人专用").contains("尊敬的 张三 客户：", "********1234", "风险事项编号：42");
        assertThat(new NoticeRenderer(java.time.Duration.ofHours(36)).render(
                NoticeRequests.of(type, "en", "a@example.com", null)).text()).contains("works for 36 hours");
    }

    @Test
    void theResolutionNoticeAsksForNothing() {
        RenderedNotice n = renderer.render(NoticeRequests.of(NoticeType.RESOLUTION, null, "a@example.com", null));
        assertThat(n.text() + n.html()).doesNotContain(AcknowledgementLinks.MARKER, "我已阅读");
    }

    @Test
    void aPeriodicReportStatesTheMonthFiguresAndRecommendations() {
        RenderedNotice zh = renderer.render(report("zh-CN", java.util.List.of("投顾服务：定期解读账户。")));
        RenderedNotice en = renderer.render(report("en", java.util.List.of()));

        assertThat(zh.subject()).isEqualTo("【融资融券月度报告】您的信用账户2026年11月概况");
        for (String body : new String[] {zh.text(), zh.html()}) {
            assertThat(body).contains("尊敬的 张三 客户：", "以下是您的信用账户（********1234）2026年11月的概况",
                    "账户数据截至 2026年11月25日 15:00（北京时间）", "127.14%", "1,234,567.89 元", "2026年11月成交笔数",
                    "12 笔", "投顾服务：定期解读账户。", "不构成投资建议", "退订", "李四")
                    // a report, not a risk notice: the lines beside the ratio, no notice's lines block, no "below X"
                    .doesNotContain(AcknowledgementLinks.MARKER, "风险事项编号", "风险控制线", "已低于", "null", "{0}");
        }
        assertThat(zh.text()).contains("  2026年11月成交笔数：12 笔", "  - 投顾服务：定期解读账户。")
                .as("the ratio beside the client's lines").contains("  维持担保比例：127.14%\n"
                        + "  风控线（警戒线 / 追保线 / 即时平仓线）：140.00% / 130.00% / 110.00%\n");
        assertThat(en.subject()).isEqualTo("[Monthly margin account report] Your credit account in November 2026");
        assertThat(en.text()).contains("Trades in November 2026: 12", "No service recommendations apply")
                .doesNotContain("元", "笔");
        assertThat(en.html()).contains("lang=\"en\"", "not investment advice");
    }

    private static PeriodicReportRequest report(String language, java.util.List<String> recommendations) {
        NoticeFigures f = NoticeRequests.FIGURES;
        return new PeriodicReportRequest(10000001L, 1, "a@example.com", "张三", language, "********1234", "李四",
                "021-68881234", java.time.YearMonth.of(2026, 11), f.valuedAt(), f.maintenanceRatio(),
                NoticeRequests.LINES.warning(), NoticeRequests.LINES.marginCall(), NoticeRequests.LINES.liquidation(),
                f.totalAssets(),
                f.totalDebt(), f.cash(), 12, recommendations);
    }

    @Test
    void typesSayWhatHappened() {
        assertThat(renderer.render(NoticeRequests.of(NoticeType.WARNING, null, "a@example.com", null)).text())
                .contains("已低于警戒线 140.00%", "追加担保物");
        assertThat(renderer.render(NoticeRequests.of(NoticeType.LIQUIDATION, null, "a@example.com", null)).text())
                .contains("维持担保比例为 106.55%，已低于即时平仓线 110.00%", "强制平仓");
        assertThat(renderer.render(NoticeRequests.of(NoticeType.RESOLUTION, null, "a@example.com", null)).text())
                .contains("本次风险事项（编号 42）已处理完毕", "处理结果：客户追加担保物，维持担保比例已恢复");
    }

    @Test
    void htmlEscapesWhatTheCallerSupplies() {
        RiskNoticeRequest base = NoticeRequests.marginCall(null);
        RiskNoticeRequest hostile = new RiskNoticeRequest(base.type(), 42, 1, 1, base.recipientEmail(),
                "<script>x</script>", null, base.maskedAccountNumber(), "A&B", null, base.figures(), base.lines(),
                base.crossedLines(), base.topUpAmount(), base.topUpDeadline(), null, null, null);

        RenderedNotice n = renderer.render(hostile);

        assertThat(n.html()).doesNotContain("<script>").contains("&lt;script&gt;", "A&amp;B");
        assertThat(n.text()).contains("如有疑问，请联系您的客户经理 A&B。");
    }

    @Test
    void anAccountWithoutDebtShowsNoRatio() {
        NoticeFigures f = NoticeRequests.FIGURES;
        NoticeFigures noDebt = new NoticeFigures(f.valuedAt(), null, f.totalAssets(), f.securitiesValue(), f.cash(),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO.setScale(4));
        RiskNoticeRequest r = NoticeRequests.of(NoticeType.RESOLUTION, null, "a@example.com", null);
        RiskNoticeRequest restored = new RiskNoticeRequest(r.type(), r.caseId(), r.clientId(), r.branchId(),
                r.recipientEmail(), r.recipientName(), r.language(), r.maskedAccountNumber(), r.advisorName(),
                r.advisorPhone(), noDebt, r.lines(), null, null, null, null, r.outcome(), null);

        assertThat(renderer.render(restored).text()).contains("您的信用账户维持担保比例为 无负债");
    }

    /**
     * A manager may close a case, or hand it to trading, while the account is still below a line: the resolution
     * notice then says where the figures it quotes stand, not only that the matter was closed.
     */
    @Test
    void aResolutionOfAnAccountStillBelowALineSaysSo() {
        NoticeFigures below = NoticeRequests.figures("1000000.00"); // 106.55%, below the 110% liquidation line
        RiskNoticeRequest r = NoticeRequests.of(NoticeType.RESOLUTION, null, "a@example.com", null);
        RiskNoticeRequest closed = new RiskNoticeRequest(r.type(), r.caseId(), r.clientId(), r.branchId(),
                r.recipientEmail(), r.recipientName(), r.language(), r.maskedAccountNumber(), r.advisorName(),
                r.advisorPhone(), below, r.lines(), List.of(new NoticeCrossedLine(NoticeCrossedLine.Kind.LIQUIDATION,
                        below.maintenanceRatio(), r.lines().liquidation())), null, null, null, "经营业部负责人审批结案", null);
        RiskNoticeRequest english = new RiskNoticeRequest(r.type(), r.caseId(), r.clientId(), r.branchId(),
                r.recipientEmail(), r.recipientName(), "en", r.maskedAccountNumber(), r.advisorName(),
                r.advisorPhone(), below, r.lines(), closed.crossedLines(), null, null, null, "Closed by the branch",
                null);

        assertThat(renderer.render(closed).text()).contains("维持担保比例为 106.55%，已低于即时平仓线 110.00%");
        assertThat(renderer.render(closed).html()).contains("已低于即时平仓线 110.00%");
        assertThat(renderer.render(english).text()).contains("below the immediate-liquidation line of 110.00%");
        assertThat(renderer.render(r).text()).as("a restored account crosses nothing")
                .doesNotContain("已低于");
    }
}
