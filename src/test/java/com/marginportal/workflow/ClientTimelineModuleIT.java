package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.ContactHistory;
import com.marginportal.client.NewContact;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.service.ClientTimeline;
import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.marginportal.service.TimelineEntry;
import com.marginportal.service.TimelineKind;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The client timeline holds every source, newest first, and only for users who may see the client. A slice of the
 * breach workflow (its resolution records and notices are two of the sources), on the test's own branch.
 */
class ClientTimelineModuleIT extends WorkflowModuleSupport {

    @Autowired
    private ClientTimeline timeline;
    @Autowired
    private ContactHistory contacts;
    @Autowired
    private ClassificationService classifications;
    @Autowired
    private ServiceRequests requests;

    @Test
    void everySourceInOneListNewestFirst() {
        BreachFixture client = account;
        client.price("30"); // far from every line until the test moves it
        as(advisor, () -> contacts.recordAdvisorContact(client.clientId,
                new NewContact("PHONE", true, "持仓回顾", "建议分散持仓")));

        classifications.recalculateAll(); // the first computed classes are no change
        jdbc.sql("UPDATE client_classification SET computed_value = 'HIGH_NET_WORTH' WHERE client_id = ? AND dimension = 'ASSET_SCALE'")
                .param(client.clientId).update();
        classifications.recalculateAll(); // a stale value corrected: a change
        as(manager, () -> classifications.override(client.clientId, Dimension.NEEDS, "PASSIVE", "依赖客户经理建议", null));

        client.price("9.50");
        scanner.scan(ScanTrigger.MANUAL);
        await().atMost(ASYNC).until(() -> count("SELECT COUNT(*) FROM notification WHERE client_id = ?", client.clientId) > 0);
        jdbc.sql("UPDATE credit_account SET cash = cash + ? WHERE id = ?").params(new BigDecimal("20000"), client.accountId).update();
        client.price("10.00");
        scanner.scan(ScanTrigger.MANUAL);
        await().atMost(ASYNC).until(() -> count("SELECT COUNT(*) FROM resolution_record WHERE client_id = ?", client.clientId) > 0
                && count("SELECT COUNT(*) FROM notification WHERE notice_type = 'RESOLUTION' AND client_id = ?", client.clientId) > 0);

        ServiceRequest r = as(advisor, () -> requests.record(new NewRequest(client.clientId, RequestType.PRODUCT,
                ServiceChannel.WECHAT, "咨询固收+产品")));
        as(advisor, () -> requests.close(r.id(), new Closing(5, "已发送产品说明书")));

        List<TimelineEntry> entries = as(advisor, () -> timeline.forClient(client.clientId).entries());
        assertThat(entries).extracting(TimelineEntry::kind).contains(TimelineKind.values());
        assertThat(entries).isSortedAccordingTo(Comparator.comparing(TimelineEntry::at).reversed());
        assertThat(entries.get(0).summaryKey()).as("the newest: the request closed").isEqualTo("timeline.request.closed");
        assertThat(entries.get(entries.size() - 1).kind()).as("the oldest: the first contact").isEqualTo(TimelineKind.CONTACT);
        assertThat(entries.stream().map(TimelineEntry::summaryKey).toList()).containsSubsequence(
                "timeline.request.closed", "timeline.request.created", "timeline.resolution", "timeline.caseEvent",
                "timeline.notice", "timeline.caseEvent", "timeline.classification.override",
                "timeline.classification.computed", "timeline.contact");
        assertThat(entries).filteredOn(e -> "timeline.classification.override".equals(e.summaryKey())).singleElement()
                .satisfies(e -> {
                    assertThat(e.args()).first().isEqualTo(new TimelineEntry.Code("dimension.NEEDS"));
                    assertThat(e.args()).last().isEqualTo(new TimelineEntry.Code("class.PASSIVE"));
                    assertThat(e.detail()).isEqualTo("依赖客户经理建议");
                    assertThat(e.actor()).as("the display name").isEqualTo(jdbc.sql(
                            "SELECT display_name FROM app_user WHERE username = ?").param(manager).query(String.class).single());
                });
        assertThat(entries).filteredOn(e -> "timeline.classification.computed".equals(e.summaryKey())).singleElement()
                .satisfies(e -> assertThat(e.args()).startsWith(new TimelineEntry.Code("dimension.ASSET_SCALE"),
                        new TimelineEntry.Code("class.HIGH_NET_WORTH")));
        assertThat(entries).filteredOn(e -> e.kind() == TimelineKind.RISK_CASE).extracting(e -> e.args().get(1))
                .containsExactly(new TimelineEntry.Code("caseEvent.RESTORED"), new TimelineEntry.Code("caseEvent.OPENED"));
        assertThat(entries).filteredOn(e -> e.kind() == TimelineKind.CONTACT).singleElement()
                .satisfies(e -> assertThat(e.actor()).isNotBlank());

        assertThat(as(otherAdvisor, () -> timeline.forClient(client.clientId).entries())).as("another branch's advisor").isEmpty();
        assertThat(as(manager, () -> timeline.forClient(client.clientId).entries())).hasSameSizeAs(entries);
    }

    private long count(String sql, long clientId) {
        return jdbc.sql(sql).param(clientId).query(Long.class).single();
    }
}
