package com.marginportal.classification;

import java.util.List;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.ResponseStatus;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ContactLine;
import com.marginportal.security.AuditLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recommendations on MariaDB: the seeded catalogue, matching a classified client, answers in the history, scope. */
class RecommendationServiceModuleIT extends ClassificationModuleSupport {

    @Autowired
    private RecommendationService recommendations;
    @Autowired
    private ClientDirectory directory;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private com.marginportal.service.ClientTimeline timeline;

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theCatalogueIsSeededFromTheSeedArticleForEverySegment() {
        var seeded = recommendations.catalogue().stream().filter(r -> "system".equals(r.updatedBy())).toList();
        assertThat(seeded).hasSize(20).allSatisfy(r -> assertThat(r.active()).isTrue());
        for (Dimension d : Dimension.values()) {
            for (String value : d.allowedValues()) {
                if (!(d == Dimension.RISK_LEVEL && "MEDIUM".equals(value))) { // the seed names no service for medium risk
                    assertThat(seeded).as("%s=%s", d, value).anySatisfy(r -> {
                        assertThat(r.content().dimension()).isEqualTo(d);
                        assertThat(r.content().value()).isEqualTo(value);
                    });
                }
            }
        }
        assertThat(seeded).filteredOn(r -> r.conditions().size() == 2).hasSize(2);
        assertThat(seeded).allSatisfy(r -> assertThat(r.content().titleEn()).isNotBlank());
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aClientGetsExactlyTheRecommendationsOfItsClassesMostImportantFirstWithWhy() {
        ClassifiedClient client = client("HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "PASSIVE");

        List<ClientRecommendation> applicable = recommendations.forClient(client.clientId);

        assertThat(applicable).extracting(r -> r.recommendation().content().titleZh()).containsExactly(
                "盘中风险预警", "加强风险提示", "更严格的风控措施", "专属投资顾问",
                "实时市场信息", "定制化投资方案", "VIP 客户服务", "专业投资顾问服务",
                "技术分析工具与交易策略", "定期投资报告");
        assertThat(applicable.get(0).because()).extracting(ClientClassification::dimension, ClientClassification::effectiveValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Dimension.RISK_LEVEL, "HIGH"),
                        org.assertj.core.groups.Tuple.tuple(Dimension.TRADING_BEHAVIOUR, "SHORT_TERM"));
        assertThat(applicable.get(0).because().get(0).overrideReason()).isEqualTo("测试：RISK_LEVEL");
        assertThat(applicable).allSatisfy(r -> assertThat(r.latest()).isNull());
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void offeredAcceptedAndDeclinedGoIntoTheServiceHistoryAndTheAuditLog() {
        ClassifiedClient client = client("LOW", "MEDIUM_LONG_TERM", "ORDINARY", "ACTIVE");
        long education = ClassifiedClient.seeded(jdbc, "基础投资者教育");

        recommendations.respond(client.clientId, education, ResponseStatus.OFFERED, "电话介绍了两融基础课程");
        assertThat(auditLog.latest("RECOMMENDATION_RESPONSE", 1)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo(ADVISOR);
            assertThat(e.entityId()).isEqualTo(String.valueOf(client.clientId));
            assertThat(e.details()).contains("基础投资者教育: - → Offered (电话介绍了两融基础课程)");
        });
        recommendations.respond(client.clientId, education, ResponseStatus.ACCEPTED, "  ");

        ClientRecommendation answered = recommendations.forClient(client.clientId).stream()
                .filter(r -> r.recommendation().id() == education).findFirst().orElseThrow();
        assertThat(answered.latest().status()).isEqualTo(ResponseStatus.ACCEPTED);
        assertThat(answered.latest().respondedBy()).isEqualTo(ADVISOR);
        assertThat(answered.latest().note()).as("a blank note is no note").isNull();
        assertThat(answered.latest().matchedOn()).isEqualTo("ASSET_SCALE=ORDINARY");
        assertThat(auditLog.latest("RECOMMENDATION_RESPONSE", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).endsWith("Offered → Accepted"));

        List<ContactLine> history = directory.serviceHistory(client.clientId);
        assertThat(history).filteredOn(c -> "RECOMMENDATION".equals(c.channel()))
                .extracting(ContactLine::outcome, ContactLine::subject, ContactLine::subjectEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACCEPTED", "基础投资者教育", "Investor education"),
                        org.assertj.core.groups.Tuple.tuple("OFFERED", "基础投资者教育", "Investor education"));
        assertThat(history.get(0).note()).isNull();
        assertThat(history.get(1).note()).isEqualTo("电话介绍了两融基础课程");
        assertThat(directory.profile(client.clientId).orElseThrow().contacts())
                .anySatisfy(c -> assertThat(c.outcome()).isEqualTo("ACCEPTED"));
        assertThat(timeline.forClient(client.clientId).entries()).as("the answers are in the client timeline")
                .filteredOn(e -> e.args().contains("基础投资者教育")).hasSize(2);

        recommendations.respond(client.clientId, education, ResponseStatus.DECLINED, "客户改变主意");
        assertThat(recommendations.forClient(client.clientId)).filteredOn(r -> r.recommendation().id() == education)
                .singleElement().satisfies(r -> assertThat(r.latest().status()).isEqualTo(ResponseStatus.DECLINED));
        assertThat(auditLog.latest("RECOMMENDATION_RESPONSE", 1)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("Accepted → Declined"));
        assertThat(directory.serviceHistory(client.clientId)).filteredOn(c -> "RECOMMENDATION".equals(c.channel()))
                .extracting(ContactLine::outcome).containsExactly("DECLINED", "ACCEPTED", "OFFERED");
    }

    @Test
    @WithUserDetails(value = ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyARecommendationThatAppliesToTheClientCanBeAnswered() {
        ClassifiedClient client = client("LOW", "MEDIUM_LONG_TERM", "ORDINARY", "ACTIVE");
        long vip = ClassifiedClient.seeded(jdbc, "VIP 客户服务");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> recommendations.respond(client.clientId, vip, ResponseStatus.OFFERED, null))
                .withMessageContaining("does not apply");
        assertThat(responses(client.clientId)).isZero();
    }

    @Test
    @WithUserDetails(value = OTHER_ADVISOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdvisorCannotActOnAnotherAdvisorsClientAndNothingChanges() {
        ClassifiedClient client = client("HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "PASSIVE");
        long warning = ClassifiedClient.seeded(jdbc, "加强风险提示");
        long audited = auditCount();

        assertThatThrownBy(() -> recommendations.respond(client.clientId, warning, ResponseStatus.ACCEPTED, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(responses(client.clientId)).isZero();
        assertThat(auditCount()).isEqualTo(audited);
        assertThat(recommendations.forClient(client.clientId)).as("not visible either").isEmpty();
    }

    @Test
    @WithUserDetails(value = ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void adminsAdministerTheCatalogueButDoNotAnswerForClients() {
        ClassifiedClient client = client("HIGH", "SHORT_TERM", "HIGH_NET_WORTH", "PASSIVE");
        assertThatThrownBy(() -> recommendations.respond(client.clientId, ClassifiedClient.seeded(jdbc, "加强风险提示"),
                ResponseStatus.OFFERED, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(recommendations.forClient(client.clientId)).hasSize(10);
    }

    private long responses(long clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM recommendation_response WHERE client_id = ?").param(clientId)
                .query(Long.class).single();
    }

    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'RECOMMENDATION_RESPONSE'").query(Long.class).single();
    }
}
