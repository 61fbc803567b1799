package com.marginportal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.workflow.ContactForm;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;
import com.marginportal.workflow.ManagerDecision;

/** What advisors and managers wrote on past cases: contact forms and decision reasons, in Chinese. */
final class PastCaseTexts {

    private static final List<String> UNREACHED = List.of("电话无人接听，已发短信提醒回电", "客户正在开会，稍后再联系",
            "电话关机，已通过短信告知风险");
    private static final List<String> TOP_UP = List.of("客户确认收到通知，将于约定日前转入资金",
            "客户表示今日内银证转账补足担保物", "客户已知悉，承诺按期追加保证金");
    private static final List<String> DEPOSIT = List.of("客户将从普通账户划转股票作为担保物", "客户计划提交担保证券划转");
    private static final List<String> REDUCE = List.of("客户计划卖出部分持仓偿还融资负债", "客户同意减仓降低负债，已说明平仓规则");

    ContactForm unreached(RandomGenerator r) {
        return new ContactForm(Channel.PHONE, false, Plan.NO_ANSWER, null, DemoRandom.pick(r, UNREACHED));
    }

    ContactForm reached(RandomGenerator r, LocalDate promised) {
        Channel channel = DemoRandom.weighted(r, 85, 10, 5) == 0 ? Channel.PHONE
                : r.nextBoolean() ? Channel.SMS : Channel.IN_PERSON;
        return switch (DemoRandom.weighted(r, 60, 15, 25)) {
            case 0 -> new ContactForm(channel, true, Plan.TOP_UP_CASH, promised, DemoRandom.pick(r, TOP_UP));
            case 1 -> new ContactForm(channel, true, Plan.DEPOSIT_SECURITIES, promised, DemoRandom.pick(r, DEPOSIT));
            default -> new ContactForm(channel, true, Plan.REDUCE_POSITION, null, DemoRandom.pick(r, REDUCE));
        };
    }

    String decisionReason(ManagerDecision.Kind kind, RandomGenerator r) {
        return switch (kind) {
            case EXTENSION -> r.nextBoolean() ? "客户资金在途，同意延期一个交易日" : "客户已部分补仓，承诺次日补足，同意延期";
            case FORCED_LIQUIDATION -> r.nextBoolean() ? "客户未在期限内补足担保物，移交强制平仓"
                    : "维持担保比例低于平仓线，客户无法补仓，移交强制平仓";
            case CLOSE -> "客户已提交还款计划并经风控审核，结案";
        };
    }
}
