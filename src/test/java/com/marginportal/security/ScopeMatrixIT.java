package com.marginportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.marginportal.TimeConfiguration;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.ClientFilter;
import com.marginportal.client.ClientListItem;
import com.marginportal.client.ExportLabels;
import com.marginportal.support.CodeExportLabels;
import com.marginportal.notification.MailLogFilter;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NotificationService;
import com.marginportal.risk.CaseFilter;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskCaseRow;
import com.marginportal.service.ContactTask;
import com.marginportal.service.ContactTasks;
import com.marginportal.service.ServiceRequest;
import com.marginportal.service.ServiceRequests;
import com.marginportal.support.IntegrationTest;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.BoardRow;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.CaseDashboard;
import com.marginportal.workflow.CaseExport;
import com.marginportal.workflow.DayCount;
import com.marginportal.workflow.ExportFormat;
import com.marginportal.workflow.ResolutionFilter;
import com.marginportal.workflow.ResolutionRecords;
import com.marginportal.workflow.WorkflowIncidents;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every query that lists, counts or exports clients, cases, tasks, notices, requests or resolution records, called
 * as an advisor, as a manager of another branch and as an admin, against the data-scope rule applied here on its
 * own ({@link #sees}): lists are compared on the {@link ScopeFixture}'s rows, counts with the whole table read
 * here without scope. A query that dropped (or widened) its scope fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixIT extends IntegrationTest {

    @Autowired private JdbcClient jdbc;
    @Autowired private java.time.Clock clock;
    @Autowired private UserDetailsService users;
    @Autowired private ClientDirectory clients;
    @Autowired private com.marginportal.client.ClientExport clientExport;
    @Autowired private RiskCaseQueries cases;
    @Autowired private CaseBoard board;
    @Autowired private CaseDashboard dashboard;
    @Autowired private CaseExport caseExport;
    @Autowired private ResolutionRecords resolutions;
    @Autowired private WorkflowIncidents incidents;
    @Autowired private NotificationService notices;
    @Autowired private ServiceRequests requests;
    @Autowired private ContactTasks contactTasks;

    private ScopeFixture fixture;

    @BeforeAll
    void writeFixture() {
        fixture = new ScopeFixture(jdbc);
    }

    @AfterAll
    void removeFixture() {
        fixture.delete();
    }

    /** The rule, written here on its own: admin everything, manager the branch, advisor what they hold. */
    private boolean sees(PortalUser viewer, long branchId, Long advisorId) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case MANAGER -> viewer.branchId() == branchId;
            case ADVISOR -> Long.valueOf(viewer.id()).equals(advisorId);
            default -> false;
        };
    }

    private Set<Long> expected(PortalUser viewer, Function<ScopeFixture.Held, Long> id) {
        return fixture.rows.stream().filter(h -> sees(viewer, h.branchId(), h.advisorId())).map(id)
                .collect(Collectors.toSet());
    }

    /** Of the ids a query returned, those of the fixture (the shared schema holds others too). */
    private Set<Long> ours(Collection<Long> returned, Function<ScopeFixture.Held, Long> id) {
        Set<Long> all = fixture.rows.stream().map(id).collect(Collectors.toSet());
        return returned.stream().filter(all::contains).collect(Collectors.toSet());
    }

    /** Rows of the whole table (branch_id, holder) counted with the rule applied here. */
    private long oracle(PortalUser viewer, String sqlOfBranchAndAdvisor, Object... params) {
        return jdbc.sql(sqlOfBranchAndAdvisor).params(params)
                .query((rs, i) -> sees(viewer, rs.getLong(1), rs.getObject(2, Long.class))).list().stream()
                .filter(Boolean::booleanValue).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope-adv1", "scope-mgr94", "admin"})
    void clientsAreListedCountedAndExportedInTheScope(String username) throws IOException {
        PortalUser me = user(username);
        ClientFilter mine = ClientFilter.NONE.withText(fixture.marker);
        Set<Long> expected = expected(me, ScopeFixture.Held::clientId);
        as(me, () -> {
            assertThat(clients.search(mine, List.of(), 0, 100)).extracting(ClientListItem::clientId)
                    .as("client list").containsExactlyInAnyOrderElementsOf(expected);
            assertThat(clients.count(mine)).as("client count").isEqualTo(expected.size());
            assertThat(clients.countBySegments(mine, List.of("RISK_LEVEL")).values().stream().mapToLong(Long::longValue)
                    .sum()).as("segment counts").isEqualTo(expected.size());
            assertThat(clients.clientNames(ids(ScopeFixture.Held::clientId)).keySet()).as("client names")
                    .containsExactlyInAnyOrderElementsOf(expected);
        }, true);
        for (ScopeFixture.Held h : fixture.rows) {
            assertThat(as(me, () -> clients.profile(h.clientId()).isPresent())).as("360 view of " + h.clientId())
                    .isEqualTo(expected.contains(h.clientId()));
        }
        if (me.role() == Role.ADVISOR) {
            assertThatThrownBy(() -> as(me, clients::advisorBooks)).isInstanceOf(AccessDeniedException.class);
            return;
        }
        Map<Long, Long> books = as(me, () -> clients.advisorBooks()).stream()
                .collect(Collectors.toMap(b -> b.advisorId(), b -> b.clients()));
        long oracleBooks = oracle(me, """
                SELECT c.branch_id, c.advisor_id FROM client c JOIN credit_account a ON a.client_id = c.id
                 WHERE c.advisor_id IS NOT NULL""");
        assertThat(books.values().stream().mapToLong(Long::longValue).sum()).as("advisors' books").isEqualTo(oracleBooks);
        String csv = as(me, () -> write(out -> clientExport.writeCsv(mine, LABELS, out)));
        assertThat(ours(firstColumn(csv), ScopeFixture.Held::clientId)).as("client export")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope-adv1", "scope-mgr94", "admin"})
    void casesAndTheirRecordsAreInTheScope(String username) throws IOException {
        PortalUser me = user(username);
        Set<Long> open = expected(me, ScopeFixture.Held::openCase);
        Set<Long> closed = expected(me, ScopeFixture.Held::closedCase);
        CaseFilter any = CaseFilter.OPEN.withOpenOnly(false);
        List<RiskCaseRow> all = as(me, () -> cases.search(any, 0, 1_000_000));
        assertThat(ours(all.stream().map(RiskCaseRow::caseId).toList(), ScopeFixture.Held::openCase)).as("case list")
                .containsExactlyInAnyOrderElementsOf(open);
        assertThat(as(me, () -> cases.count(any))).as("case count").isEqualTo(oracle(me,
                "SELECT branch_id, advisor_id FROM risk_case"));
        assertThat(as(me, () -> cases.count(CaseFilter.OPEN))).as("open case count").isEqualTo(oracle(me,
                "SELECT branch_id, advisor_id FROM risk_case WHERE status = 'OPEN'"));
        for (ScopeFixture.Held h : fixture.rows) {
            boolean visible = open.contains(h.openCase());
            assertThat(as(me, () -> !cases.events(h.openCase()).isEmpty())).as("events").isEqualTo(visible);
            assertThat(as(me, () -> !cases.eventsForClient(h.clientId()).isEmpty())).as("client's events").isEqualTo(visible);
            assertThat(as(me, () -> resolutions.forCase(h.closedCase()).isPresent())).as("resolution").isEqualTo(visible);
            assertThat(as(me, () -> !resolutions.forClient(h.clientId()).isEmpty())).as("client's resolutions")
                    .isEqualTo(visible);
        }
        // the application's clock (other tests move it): the dashboard counts the days up to its today
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.MARKET_ZONE));
        Instant since366 = today.minusDays(365).atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant();
        Map<String, Long> byLevel = as(me, () -> dashboard.openByLevel());
        assertThat(byLevel.values().stream().mapToLong(Long::longValue).sum()).as("dashboard: open by level")
                .isEqualTo(oracle(me, "SELECT branch_id, advisor_id FROM risk_case WHERE status = 'OPEN'"));
        if (me.role() == Role.ADVISOR) {
            assertThatThrownBy(() -> as(me, () -> board.search(BoardFilter.DEFAULT, 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(me, () -> dashboard.outcomes(30))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(me, () -> incidents.countDeadLetterJobs())).isInstanceOf(AccessDeniedException.class);
            return;
        }
        long openByBranch = as(me, () -> dashboard.openByBranch()).values().stream()
                .flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        assertThat(openByBranch).as("dashboard: open by branch")
                .isEqualTo(oracle(me, "SELECT branch_id, advisor_id FROM risk_case WHERE status = 'OPEN'"));
        assertThat(as(me, () -> dashboard.overdueTasks())).as("dashboard: overdue tasks").isEqualTo(oracle(me, """
                SELECT r.branch_id, r.advisor_id FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                 WHERE cp.ended_at IS NULL AND r.status = 'OPEN' AND cp.due_at < ?""", ScopeFixture.utc(clock.instant())));
        assertThat(as(me, () -> dashboard.outcomes(366)).values().stream().mapToLong(Long::longValue).sum())
                .as("dashboard: outcomes").isEqualTo(oracle(me,
                        "SELECT branch_id, advisor_id FROM resolution_record WHERE resolved_at >= ?",
                        ScopeFixture.utc(since366)));
        List<DayCount> days = as(me, () -> dashboard.perDay(366));
        assertThat(days.stream().mapToLong(DayCount::opened).sum()).as("dashboard: opened per day").isEqualTo(
                oracle(me, "SELECT branch_id, advisor_id FROM risk_case WHERE opened_at >= ? AND opened_at < ?",
                        ScopeFixture.utc(since366), ScopeFixture.utc(tomorrow)));
        assertThat(days.stream().mapToLong(DayCount::resolved).sum()).as("dashboard: resolved per day").isEqualTo(
                oracle(me, "SELECT branch_id, advisor_id FROM resolution_record WHERE resolved_at >= ? AND resolved_at < ?",
                        ScopeFixture.utc(since366), ScopeFixture.utc(tomorrow)));
        assertThat(as(me, () -> dashboard.medianTimes(366))).as("dashboard: median times")
                .allMatch(m -> sees(me, m.branchId(), m.advisorId()))
                .filteredOn(m -> m.advisorId() != null && ids(ScopeFixture.Held::advisorId).contains(m.advisorId()))
                .extracting(m -> m.advisorId()).containsExactlyInAnyOrderElementsOf(expected(me, ScopeFixture.Held::advisorId));

        List<BoardRow> rows = as(me, () -> board.search(BoardFilter.DEFAULT, 0, 1_000_000));
        assertThat(ours(rows.stream().map(BoardRow::caseId).toList(), ScopeFixture.Held::openCase)).as("board")
                .containsExactlyInAnyOrderElementsOf(open);
        assertThat(as(me, () -> board.count(BoardFilter.DEFAULT))).as("board count").isEqualTo(rows.size());
        assertThat(as(me, () -> board.countsByStep(BoardFilter.DEFAULT)).values().stream().mapToLong(Long::longValue)
                .sum()).as("board counts by step").isEqualTo(rows.size());
        for (ScopeFixture.Held h : fixture.rows) {
            assertThat(as(me, () -> board.row(h.openCase()).isPresent())).as("board row").isEqualTo(open.contains(h.openCase()));
        }
        String boardCsv = as(me, () -> write(out -> caseExport.writeBoard(BoardFilter.DEFAULT, ExportFormat.CSV, k -> k, out)));
        assertThat(ours(firstColumn(boardCsv), ScopeFixture.Held::openCase)).as("board export")
                .containsExactlyInAnyOrderElementsOf(open);
        String resolutionCsv = as(me, () -> write(out -> caseExport.writeResolutions(ResolutionFilter.ANY,
                ExportFormat.CSV, k -> k, out)));
        assertThat(firstColumn(resolutionCsv)).as("resolution export")
                .hasSize((int) oracle(me, "SELECT branch_id, advisor_id FROM resolution_record"));
        assertThat(ours(firstColumn(resolutionCsv), ScopeFixture.Held::closedCase)).as("resolution export")
                .containsExactlyInAnyOrderElementsOf(closed);
        assertThat(as(me, () -> incidents.deadLetterJobs(0, 500))).as("incidents")
                .allMatch(j -> me.role() == Role.ADMIN || Long.valueOf(me.branchId()).equals(j.branchId()));
        assertThat(as(me, () -> incidents.countDeadLetterJobs())).as("incident count").isEqualTo(oracle(me, """
                SELECT COALESCE(r.branch_id, 0), NULL FROM ACT_RU_DEADLETTER_JOB j
                  LEFT JOIN case_process cp ON cp.process_instance_id = j.PROCESS_INSTANCE_ID_
                  LEFT JOIN risk_case r ON r.id = cp.case_id"""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope-adv1", "scope-mgr94", "admin"})
    void noticesAreInTheScope(String username) {
        PortalUser me = user(username);
        Set<Long> failed = expected(me, ScopeFixture.Held::failedNotice);
        Set<Long> waiting = expected(me, ScopeFixture.Held::waitingNotice);
        for (ScopeFixture.Held h : fixture.rows) {
            boolean visible = failed.contains(h.failedNotice());
            assertThat(as(me, () -> notices.noticesForCase(h.openCase())).stream().map(NoticeRecord::id).toList())
                    .as("a case's notices").isEqualTo(visible ? List.of(h.failedNotice(), h.waitingNotice()) : List.of());
            assertThat(as(me, () -> notices.noticesForClient(h.clientId())).stream().map(NoticeRecord::id).toList())
                    .as("a client's notices").isEqualTo(visible ? List.of(h.failedNotice(), h.waitingNotice()) : List.of());
        }
        if (me.role() == Role.ADVISOR) {
            assertThatThrownBy(() -> as(me, () -> notices.undeliveredNotices(0, 500))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(me, () -> notices.mailLogCount(MailLogFilter.none())))
                    .isInstanceOf(AccessDeniedException.class);
            return;
        }
        String byNotice = "SELECT n.branch_id, c.advisor_id FROM notification n LEFT JOIN client c ON c.id = n.client_id";
        assertThat(ours(as(me, () -> notices.undeliveredNotices(0, 500)).stream().map(NoticeRecord::id).toList(),
                ScopeFixture.Held::failedNotice)).as("failed notices").containsExactlyInAnyOrderElementsOf(failed);
        List<Long> log = as(me, () -> notices.mailLog(MailLogFilter.none(), 0, 500)).stream().map(NoticeRecord::id).toList();
        assertThat(ours(log, ScopeFixture.Held::waitingNotice)).as("mail log").containsExactlyInAnyOrderElementsOf(waiting);
        assertThat(ours(log, ScopeFixture.Held::failedNotice)).as("mail log").containsExactlyInAnyOrderElementsOf(failed);
        assertThat((long) as(me, () -> notices.mailLogCount(MailLogFilter.none()))).as("mail log count")
                .isEqualTo(oracle(me, byNotice));
        assertThat((long) as(me, () -> notices.noticesWaitingTooLong())).as("notices waiting too long").isEqualTo(
                oracle(me, byNotice + " WHERE n.status IN ('PENDING', 'SENDING') AND n.created_at < ?",
                        ScopeFixture.utc(clock.instant().minus(NotificationService.WAITING_TOO_LONG))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scope-adv1", "scope-mgr94", "admin"})
    void serviceRequestsAndContactTasksAreInTheScope(String username) {
        PortalUser me = user(username);
        Set<Long> requestIds = expected(me, ScopeFixture.Held::request);
        Set<Long> taskIds = expected(me, ScopeFixture.Held::task);
        assertThat(ours(as(me, () -> requests.open(0, Integer.MAX_VALUE)).stream().map(ServiceRequest::id).toList(), ScopeFixture.Held::request))
                .as("open requests").containsExactlyInAnyOrderElementsOf(requestIds);
        assertThat(ours(as(me, () -> requests.overdue(0, Integer.MAX_VALUE)).stream().map(ServiceRequest::id).toList(), ScopeFixture.Held::request))
                .as("overdue requests").containsExactlyInAnyOrderElementsOf(requestIds);
        var counts = as(me, () -> requests.counts());
        assertThat(counts.open()).as("open requests count").isEqualTo(oracle(me,
                "SELECT branch_id, advisor_id FROM service_request WHERE status <> 'DONE'"));
        assertThat(counts.overdue()).as("overdue requests count").isEqualTo(oracle(me,
                "SELECT branch_id, advisor_id FROM service_request WHERE status <> 'DONE' AND due_at < ?",
                ScopeFixture.utc(clock.instant())));
        assertThat(ours(as(me, () -> contactTasks.open(0, Integer.MAX_VALUE)).stream().map(ContactTask::id).toList(), ScopeFixture.Held::task))
                .as("open contact tasks").containsExactlyInAnyOrderElementsOf(taskIds);
        assertThat(as(me, () -> contactTasks.countOpen())).as("open contact tasks count").isEqualTo(oracle(me,
                "SELECT branch_id, advisor_id FROM contact_task WHERE status = 'OPEN'"));
        for (ScopeFixture.Held h : fixture.rows) {
            boolean visible = requestIds.contains(h.request());
            assertThat(as(me, () -> requests.find(h.request()).isPresent())).as("a request").isEqualTo(visible);
            assertThat(as(me, () -> requests.forClient(h.clientId(), 0, Integer.MAX_VALUE)).stream().map(ServiceRequest::id).toList())
                    .as("a client's requests").isEqualTo(visible ? List.of(h.request()) : List.of());
            assertThat(as(me, () -> contactTasks.openTask(h.task()).isPresent())).as("a contact task").isEqualTo(visible);
            assertThat(as(me, () -> contactTasks.forClient(h.clientId())).stream().map(ContactTask::id).toList())
                    .as("a client's contact tasks").isEqualTo(visible ? List.of(h.task()) : List.of());
        }
    }

    private Set<Long> ids(Function<ScopeFixture.Held, Long> id) {
        return fixture.rows.stream().map(id).collect(Collectors.toSet());
    }

    private PortalUser user(String username) {
        return (PortalUser) users.loadUserByUsername(username);
    }

    private <T> T as(PortalUser user, Supplier<T> action) {
        UserDetails details = user;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void as(PortalUser user, Runnable action, boolean unused) {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    private static final ExportLabels LABELS = CodeExportLabels.CODES;

    @FunctionalInterface
    private interface Writer {
        long write(ByteArrayOutputStream out) throws IOException;
    }

    private static String write(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The numbers in the first column of a CSV export, header left out. */
    private static List<Long> firstColumn(String csv) {
        return csv.lines().skip(1).map(l -> l.split(",", 2)[0].replace("\"", "").strip())
                .filter(s -> s.matches("\\d+")).map(Long::valueOf).toList();
    }
}
