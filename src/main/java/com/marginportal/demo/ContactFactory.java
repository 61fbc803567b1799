package com.marginportal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.demo.Rows.ClientRow;
import com.marginportal.demo.Rows.ContactRow;

/**
 * 0–8 contacts per client in the last six months by the client's advisor. Accounts built close to the
 * risk lines also get a recent risk warning.
 */
final class ContactFactory {

    static final int MAX_CONTACTS = 8;

    private static final String[] CHANNELS = {"PHONE", "WECHAT", "SMS", "EMAIL", "IN_PERSON"};
    private static final String[][] BY_ADVISOR = {
        {"持仓回顾", "与客户回顾当前持仓结构，建议适当分散行业集中度。", "客户持仓集中于少数个股，提示单一证券集中度风险。"},
        {"产品推荐", "向客户介绍稳健型理财产品，客户表示会考虑。", "推荐公司近期发行的固收+产品，客户暂无购买意向。"},
        {"风险提示", "提示客户市场波动加大，关注维持担保比例变化。", "提示客户所持融资标的波动较大，建议控制融资规模。"},
        {"市场观点分享", "分享本周市场策略报告，客户关注半导体与新能源板块。", "发送研究所月度策略观点，客户反馈有帮助。"},
        {"合约到期提醒", "提醒客户融资合约临近到期，需办理展期或按期了结。", "告知客户合约展期条件，客户计划到期前办理展期。"},
        {"两融业务回访", "例行回访，客户对服务满意，无其他需求。", "回访客户两融使用情况，客户表示近期交易频率下降。"},
        {"投资者教育", "向客户讲解融资融券强制平仓规则及追保流程。", "向客户说明担保品折算率调整对可用保证金的影响。"}};
    private static final String[][] BY_CLIENT = {
        {"客户咨询融资利率", "客户询问当前融资年利率及优惠条件，已告知标准利率并记录诉求。"},
        {"咨询担保品折算率", "客户询问所持股票的折算率，已逐一说明。"},
        {"申请提高授信额度", "客户希望提高授信额度，已告知需补充资产证明，待审批。"},
        {"咨询合约展期", "客户咨询合约展期手续，已说明办理流程及所需材料。"},
        {"咨询融券券源", "客户询问融券券源情况，已告知当前可融券标的及费率。"}};
    private static final String RISK_SUBJECT = "风险提示";
    private static final String RISK_NOTE = "客户维持担保比例接近或低于警戒线，已提示追加担保物或减仓，并告知追保期限。";

    List<ContactRow> create(ClientRow client, AccountBundle account, LocalDate today, RandomGenerator r) {
        int count = DemoRandom.weighted(r, 10, 15, 18, 16, 13, 10, 8, 6, 4);
        boolean warn = account.plan().distressed();
        if (warn) {
            count = Math.max(0, count - 1);
        }
        LocalDate from = today.minusMonths(6);
        LocalDate to = today.minusDays(1);
        List<ContactRow> contacts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = DemoRandom.chance(r, 0.85) ? MarketTime.weekdayBetween(from, to, r)
                    : from.plusDays(r.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
            Instant at = MarketTime.between(day, 9, 20, r);
            String channel = CHANNELS[DemoRandom.weighted(r, 35, 25, 15, 10, 15)];
            if (DemoRandom.chance(r, 0.3)) {
                String[] topic = BY_CLIENT[r.nextInt(BY_CLIENT.length)];
                contacts.add(contact(client, at, channel, "CLIENT_INITIATED", true, topic[0], topic[1]));
            } else {
                String[] topic = BY_ADVISOR[r.nextInt(BY_ADVISOR.length)];
                contacts.add(contact(client, at, channel, "ADVISOR_INITIATED", reached(channel, r), topic[0],
                        topic[1 + r.nextInt(topic.length - 1)]));
            }
        }
        if (warn) {
            LocalDate day = MarketTime.weekdayBetween(today.minusDays(10), to, r);
            contacts.add(contact(client, MarketTime.between(day, 9, 18, r), "PHONE", "ADVISOR_INITIATED",
                    reached("PHONE", r), RISK_SUBJECT, RISK_NOTE));
        }
        contacts.sort(Comparator.comparing(ContactRow::contactedAt));
        return contacts;
    }

    /** Written messages always arrive; calls and chats sometimes go unanswered. */
    private static boolean reached(String channel, RandomGenerator r) {
        return switch (channel) {
            case "PHONE" -> DemoRandom.chance(r, 0.75);
            case "WECHAT" -> DemoRandom.chance(r, 0.9);
            default -> true;
        };
    }

    private static ContactRow contact(ClientRow client, Instant at, String channel, String direction,
                                      boolean reached, String subject, String note) {
        return new ContactRow(client.id(), client.advisorId(), at, channel, direction, reached, subject, note);
    }
}
