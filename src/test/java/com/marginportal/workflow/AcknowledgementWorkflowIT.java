package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NoticeType;
import com.marginportal.support.MimeParts;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import jakarta.mail.internet.MimeMessage;

import org.flowable.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client acknowledges the warning notice of a running case through the link in the received e-mail, over HTTP
 * on the random port: the notice and the case show it, the process took the message in its event sub-process,
 * and its path is the one a twin case without an acknowledgement takes. A replayed link changes nothing.
 */
class AcknowledgementWorkflowIT extends WorkflowTestSupport {

    static final Pattern LINK = Pattern.compile("http://localhost:8080/ack/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");
    private static final Set<String> ACKNOWLEDGEMENT_STEPS = Set.of("acknowledgementHandler", "acknowledgementReceived",
            "recordAcknowledgement", "acknowledgementRecorded");
    private static final ContactForm REACHED = new ContactForm(Channel.PHONE, true, Plan.TOP_UP_CASH,
            LocalDate.now().plusDays(1), null);

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private CaseAcknowledgements acknowledgements;

    @Test
    void theClientAcknowledgesAndTheCaseRunsOnUnchanged() throws Exception {
        BreachFixture twin = new BreachFixture(jdbc);
        twin.price("9.50");
        ProcessInstance p = breachAt("9.50"); // the scan opens both cases
        long caseId = Long.parseLong(p.getBusinessKey());
        String twinCase = Long.toString(twin.openCaseId());
        ProcessInstance q = await().atMost(ASYNC).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(twinCase).singleResult(), i -> i != null);
        awaitNoAsyncJobs(q.getId());

        List<MimeMessage> mails = mailsToClient();
        assertThat(mails).hasSize(1);
        String token = token(mails.get(0));
        assertThat(MimeParts.find(mails.get(0), "text/html")).contains("href=\"http://localhost:8080/ack/" + token + "\"");

        HttpResponse<String> page = send("GET", token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("【两融风险提示】", "测试客户", "维持担保比例为 135.71%", "我已阅读并知悉本通知");
        HttpResponse<String> done = send("POST", token);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("已记录：您已于");

        NoticeRecord notice = notices(caseId).get(0);
        assertThat(notice.type()).isEqualTo(NoticeType.WARNING);
        assertThat(notice.acknowledgedAt()).isNotNull();
        List<CaseAcknowledgement> onCase = as("advisor1", () -> acknowledgements.forCase(caseId));
        assertThat(onCase).singleElement().satisfies(a -> {
            assertThat(a.noticeId()).isEqualTo(notice.id());
            assertThat(a.noticeType()).isEqualTo(NoticeType.WARNING);
            assertThat(a.acknowledgedAt()).isEqualTo(notice.acknowledgedAt());
        });
        assertThat(runtime.getVariable(p.getId(), "clientAcknowledgedAt")).isEqualTo(notice.acknowledgedAt().toString());
        assertThat(path(p.getId())).contains("acknowledgementHandler", "acknowledgementReceived", "recordAcknowledgement",
                "acknowledgementRecorded");
        assertThat(task(p.getId(), "contactClient")).as("the advisor's task is untouched").isNotNull();

        HttpResponse<String> replay = send("POST", token); // a second click: the first one counted, nothing more
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("无需再次确认").doesNotContain("测试客户", "135.71%");
        assertThat(send("GET", token).body()).contains("无需再次确认");
        assertThat(notices(caseId).get(0).acknowledgedAt()).isEqualTo(notice.acknowledgedAt());
        assertThat(as("advisor1", () -> acknowledgements.forCase(caseId))).hasSize(1);
        assertThat(path(p.getId())).filteredOn("recordAcknowledgement"::equals).hasSize(1);

        for (ProcessInstance instance : List.of(p, q)) { // both cases go the same way to the end
            as("advisor1", () -> caseTasks.completeContact(task(instance.getId(), "contactClient").getId(), REACHED));
        }
        account.topUp("20000");
        twin.topUp("20000");
        scan();
        awaitEnded(p.getId());
        awaitEnded(q.getId());

        // compared as sorted lists: steps started in the same millisecond have no defined order in the history
        assertThat(path(p.getId()).stream().filter(step -> !ACKNOWLEDGEMENT_STEPS.contains(step)).sorted().toList())
                .as("the acknowledgement changes nothing on the path")
                .isEqualTo(path(q.getId()).stream().sorted().toList())
                .contains("contactClient", "awaitRestoration", "restored", "writeResolution", "resolved");
        assertThat(resolution(caseId).history()).extracting(CaseHistoryEntry::kind)
                .contains(CaseHistoryEntry.Kind.ACKNOWLEDGED);
        assertThat(resolution(caseId).outcome()).isEqualTo(resolution(Long.parseLong(twinCase)).outcome());
    }

    @Test
    void anAcknowledgementAfterTheEndIsStillKeptOnTheCase() throws Exception {
        ProcessInstance p = breachAt("8.90");
        long caseId = Long.parseLong(p.getBusinessKey());
        String token = token(mailsToClient().get(0));
        account.price("10.00");
        scan();
        awaitEnded(p.getId());

        assertThat(send("POST", token).statusCode()).isEqualTo(200);

        assertThat(as("manager1", () -> acknowledgements.forCase(caseId))).singleElement()
                .satisfies(a -> assertThat(a.noticeType()).isEqualTo(NoticeType.MARGIN_CALL));
        assertThat(notices(caseId)).filteredOn(n -> n.type() == NoticeType.MARGIN_CALL)
                .singleElement().satisfies(n -> assertThat(n.acknowledgedAt()).isNotNull());
    }

    static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(MimeParts.find(mail, "text/plain"));
        assertThat(link.find()).as("the e-mail carries the personal link").isTrue();
        return link.group(1);
    }

    private HttpResponse<String> send(String method, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ack/" + token))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
