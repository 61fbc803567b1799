package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * What a risk notice says, through the real path (scan → case → process → outbox → SMTP): the lines the account
 * actually crossed, with figure and threshold, and figure blocks that add up. The account is held to the
 * high-risk profile (warning 150%, margin call 130%, liquidation 120%, financing-ratio line 60%) and owes
 * 1,000 of interest and fees: 10,000 shares financed with 70,000, so total debt is 71,000.
 */
class NoticeTruthModuleIT extends WorkflowModuleSupport {

    @Test
    void anAccountAboveOnlyTheFinancingRatioLineIsToldAboutItsFinancingRatio() {
        account.highRisk();
        account.interestAndFees("1000");
        breachAt("11.00"); // assets 110,000 ÷ debt 71,000 = 154.93% (above 150%); financing 70,000 ÷ 110,000 = 63.64%

        MimeMessage mail = onlyMail();
        String subject = subject(mail);
        String text = text(mail);
        assertThat(subject).contains("融资比例").contains("63.64%").contains("60.00%")
                .doesNotContain("低于警戒线", "维持担保比例已低于");
        assertThat(text).contains("融资比例为 63.64%，已超过预警线 60.00%")
                .contains("降低融资规模")
                .doesNotContain("已低于警戒线", "已低于追保线", "已低于即时平仓线")
                .doesNotContainPattern("维持担保比例[^。\\n]*已低于");
        assertThat(text).as("the maintenance ratio is shown as a figure, not as crossed").contains("维持担保比例：154.93%");
    }

    @Test
    void anAccountBelowTheWarningLineAndAboveTheFinancingRatioLineIsToldBoth() {
        account.highRisk();
        account.interestAndFees("1000");
        breachAt("10.00"); // 100,000 ÷ 71,000 = 140.85% (below 150%); 70,000 ÷ 100,000 = 70.00% (above 60%)

        MimeMessage mail = onlyMail();
        assertThat(subject(mail)).contains("维持担保比例", "140.85%", "融资比例", "70.00%");
        assertThat(text(mail)).contains("维持担保比例为 140.85%，已低于警戒线 150.00%")
                .contains("融资比例为 70.00%，已超过预警线 60.00%");
    }

    @Test
    void aFinancingRatioCaseThatWorsensGetsAMarginCallNamingTheMarginCallLineAndTheCashForBothLines() {
        account.highRisk();
        account.interestAndFees("1000");
        ProcessInstance p = breachAt("11.00"); // financing ratio only: a warning, never a margin call
        account.price("8.90"); // 89,000 ÷ 71,000 = 125.35% (below 130%); 70,000 ÷ 89,000 = 78.65%
        scan();
        awaitNoAsyncJobs(p.getId());

        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).extracting(this::subject).satisfiesExactly(
                warning -> assertThat(warning).contains("融资比例已超过预警线（当前 63.64%，预警线 60.00%）")
                        .doesNotContain("维持担保比例已低于"),
                call -> assertThat(call).startsWith("【追加担保物通知】请于")
                        .contains("将维持担保比例提高至150.00%以上、融资比例降至60.00%及以下",
                                "维持担保比例已低于追保线（当前 125.35%，追保线 130.00%）",
                                "融资比例已超过预警线（当前 78.65%，预警线 60.00%）"));
        assertThat(text(mails.get(1))).as("70,000 ÷ 0.6 − 89,000, more than 1.5 × 71,000 − 89,000 = 17,500")
                .contains("需追加担保物金额（估算）：27,666.67 元");
    }

    @Test
    void aRestoredFinancingRatioCaseIsNotToldItsMaintenanceRatioWasRestored() {
        account.highRisk();
        account.interestAndFees("1000");
        ProcessInstance p = breachAt("11.00");
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(),
                new ContactForm(ContactForm.Channel.PHONE, true, ContactForm.Plan.TOP_UP_CASH,
                        java.time.LocalDate.now().plusDays(1), "客户承诺转入资金")));
        account.topUp("7000"); // 70,000 ÷ 117,000 = 59.83%
        scan();
        awaitEnded(p.getId());

        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).hasSize(2);
        assertThat(text(mails.get(1))).contains("处理结果：客户追加担保物，融资比例已回落至预警线以内")
                .contains("融资比例为 59.83%（预警线 60.00%）")
                .doesNotContain("维持担保比例已恢复");
    }

    @Test
    void aDecidedCaseIsToldItsFiguresAtTheEndNotTheOnesItWasFirstTold() {
        ProcessInstance p = breachAt("8.90"); // margin call at 127.14%
        as(advisor, () -> caseTasks.completeContact(task(p.getId(), "contactClient").getId(),
                new ContactForm(ContactForm.Channel.PHONE, true, ContactForm.Plan.TOP_UP_CASH,
                        java.time.LocalDate.now().plusDays(1), "客户承诺转入资金")));
        account.price("8.50"); // 121.43%: still a margin call, the case keeps its level
        scan();
        fireTimer(p.getId(), "deadlineReached");
        as(manager, () -> caseTasks.decide(task(p.getId(), "managerDecision").getId(),
                ManagerDecision.liquidate("未按期补足")));
        awaitEnded(p.getId());

        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).hasSize(2);
        assertThat(resolution(Long.parseLong(p.getBusinessKey())).ratioAtEnd()).isEqualByComparingTo("1.2143");
        assertThat(text(mails.get(1))).as("the resolution quotes the ratio at the end, as the resolution record does")
                .contains("维持担保比例为 121.43%，已低于追保线 130.00%。", "  证券市值：85,000.00 元")
                .doesNotContain("127.14%");
    }

    @Test
    void theFiguresOfTheWarningAddUp() {
        account.interestAndFees("1000");
        breachAt("9.50"); // default profile: 95,000 ÷ 71,000 = 133.80% (below 140%, above 130%)

        String text = text(onlyMail());
        BigDecimal assets = amount(text, "资产总值");
        BigDecimal debt = amount(text, "负债总额");
        assertThat(amount(text, "现金余额").add(amount(text, "证券市值"))).isEqualByComparingTo(assets);
        assertThat(amount(text, "融资负债").add(amount(text, "融券负债")).add(amount(text, "利息及费用")))
                .as("total debt = financing + short + interest and fees").isEqualByComparingTo(debt);
        assertThat(debt).isEqualByComparingTo("71000.00");
        assertThat(text).contains("维持担保比例：133.80%");
    }

    private MimeMessage onlyMail() {
        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The amount of the figure line "  label：1,234.56 元" of the plain text. */
    static BigDecimal amount(String text, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + label + "：([-0-9,.]+) 元$").matcher(text);
        assertThat(m.find()).as("figure line %s in%n%s", label, text).isTrue();
        return new BigDecimal(m.group(1).replace(",", ""));
    }
}
