package com.marginportal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import com.marginportal.notification.InAppKind;
import com.marginportal.notification.InAppMessages;
import com.marginportal.risk.RiskFixture;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditRecord;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestClosedException;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A service request through its life cycle on MariaDB: scope, satisfaction at closing, read-only when done, overdue. */
class ServiceRequestsModuleIT extends ServiceModuleSupport {

    @Autowired
    private ServiceRequests requests;
    @Autowired
    private OverdueRequests overdue;
    @Autowired
    private InAppMessages inApp;
    @Autowired
    private AuditLog auditLog;
    @Autowired
    private Clock clock;

    private RiskFixture client;

    @BeforeEach
    void aClientOfAdvisor1() {
        client = newClient();
    }

    @Test
    void openInProgressDoneWithSatisfactionThenReadOnly() {
        ServiceRequest r = as(branch.advisor(1), () -> requests.record(complaint()));
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(r.advisorId()).as("the client's advisor is responsible").isEqualTo(userId(branch.advisor(1)));
        assertThat(r.branchId()).isEqualTo(branch.id());
        assertThat(r.createdBy()).isEqualTo(branch.advisor(1));
        assertThat(r.dueAt()).isAfter(r.createdAt()).isBefore(r.createdAt().plus(Duration.ofDays(8)));
        assertThat(r.dueAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalTime()).isEqualTo(LocalTime.of(17, 0));

        ServiceRequest started = as(branch.advisor(1), () -> requests.start(r.id()));
        assertThat(started.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(started.startedBy()).isEqualTo(branch.advisor(1));

        assertThatThrownBy(() -> as(branch.advisor(1), () -> requests.close(r.id(), new Closing(null, "已处理"))))
                .as("no score, no closing").isInstanceOf(IllegalArgumentException.class);
        assertThat(as(branch.advisor(1), () -> requests.find(r.id())).orElseThrow().status()).isEqualTo(RequestStatus.IN_PROGRESS);

        ServiceRequest done = as(branch.advisor(1), () -> requests.close(r.id(), new Closing(4, "已说明利率调整依据，客户接受")));
        assertThat(done.status()).isEqualTo(RequestStatus.DONE);
        assertThat(done.satisfaction()).isEqualTo(4);
        assertThat(done.closedBy()).isEqualTo(branch.advisor(1));
        assertThat(done.resolution()).isEqualTo("已说明利率调整依据，客户接受");

        assertThatThrownBy(() -> as(branch.advisor(1), () -> requests.start(r.id()))).isInstanceOf(RequestClosedException.class);
        assertThatThrownBy(() -> as(branch.manager(), () -> requests.close(r.id(), new Closing(1, "改写"))))
                .as("not even a manager rewrites a closed request").isInstanceOf(RequestClosedException.class);
        ServiceRequest after = as(admin, () -> requests.find(r.id())).orElseThrow();
        assertThat(after.satisfaction()).isEqualTo(4);
        assertThat(after.closedBy()).isEqualTo(branch.advisor(1));

        for (String action : new String[] {"SERVICE_REQUEST_CREATED", "SERVICE_REQUEST_STARTED", "SERVICE_REQUEST_CLOSED"}) {
            assertThat(auditLog.latest(action, 20)).as(action).extracting(AuditRecord::entityId)
                    .contains(Long.toString(r.id()));
        }
        assertThat(auditLog.latest("SERVICE_REQUEST_CLOSED", 20)).filteredOn(a -> a.entityId().equals(Long.toString(r.id())))
                .singleElement().satisfies(a -> assertThat(a.username()).isEqualTo(branch.advisor(1)));
    }

    @Test
    void anAdvisorOfAnotherBranchNeitherSeesNorActs() {
        ServiceRequest r = as(branch.advisor(1), () -> requests.record(complaint()));

        assertThat(as(otherBranch.advisor(1), () -> requests.find(r.id()))).isEmpty();
        assertThat(as(otherBranch.advisor(1), () -> requests.open(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).doesNotContain(r.id());
        assertThat(as(otherBranch.advisor(1), () -> requests.forClient(client.clientId, 0, Integer.MAX_VALUE))).isEmpty();
        assertThatThrownBy(() -> as(otherBranch.advisor(1), () -> requests.start(r.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherBranch.advisor(1), () -> requests.close(r.id(), new Closing(5, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otherBranch.advisor(1), () -> requests.record(complaint())))
                .as("nor records for a client outside the scope").isInstanceOf(AccessDeniedException.class);
        assertThat(as(branch.advisor(2), () -> requests.find(r.id()))).as("another advisor of the branch").isEmpty();
        assertThat(as(otherBranch.manager(), () -> requests.find(r.id()))).as("another branch's manager").isEmpty();

        assertThat(as(branch.manager(), () -> requests.start(r.id())).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(as(branch.advisor(1), () -> requests.find(r.id())).orElseThrow().startedBy()).isEqualTo(branch.manager());
    }

    @Test
    void aLateRequestIsListedForTheBranchManagerWhoIsToldOnce() {
        ServiceRequest r = as(branch.advisor(1), () -> requests.record(new NewRequest(client.clientId, RequestType.ACCOUNT_CHANGE,
                ServiceChannel.IN_PERSON, "申请变更预留手机号")));
        ServiceRequest onTime = as(branch.advisor(1), () -> requests.record(complaint()));
        assertThat(as(branch.manager(), () -> requests.overdue(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).doesNotContain(r.id());

        jdbc.sql("UPDATE service_request SET due_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)),
                        java.time.ZoneOffset.UTC)), r.id()).update();

        assertThat(as(branch.manager(), () -> requests.overdue(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).contains(r.id())
                .doesNotContain(onTime.id());
        assertThat(as(admin, () -> requests.overdue(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).contains(r.id());
        assertThat(as(branch.advisor(1), () -> requests.overdue(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).contains(r.id());
        assertThat(as(otherBranch.manager(), () -> requests.overdue(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).doesNotContain(r.id());
        assertThat(as(branch.manager(), () -> requests.find(r.id())).orElseThrow().isOverdue(clock.instant())).isTrue();

        Instant now = clock.instant();
        assertThat(overdue.escalate(now)).isPositive();
        assertThat(overdue.escalate(now.plusSeconds(60))).as("told once").isZero();
        assertThat(as(branch.manager(), () -> inApp.mine())).filteredOn(m -> m.kind() == InAppKind.SERVICE_REQUEST_OVERDUE
                && Long.valueOf(client.clientId).equals(m.clientId())).singleElement()
                .satisfies(m -> assertThat(m.clientName()).isEqualTo("测试客户"));
        assertThat(as(otherBranch.manager(), () -> inApp.mine())).noneMatch(m -> Long.valueOf(client.clientId).equals(m.clientId()));
        assertThat(as(branch.manager(), () -> requests.find(r.id())).orElseThrow().escalatedAt()).isEqualTo(now.truncatedTo(
                java.time.temporal.ChronoUnit.MICROS));

        as(branch.advisor(1), () -> requests.close(r.id(), new Closing(3, "已办理")));
        assertThat(as(branch.manager(), () -> requests.overdue(0, Integer.MAX_VALUE))).extracting(ServiceRequest::id).doesNotContain(r.id());
    }

    private NewRequest complaint() {
        return new NewRequest(client.clientId, RequestType.COMPLAINT, ServiceChannel.PHONE, "客户对融资利率调整不满");
    }
}
