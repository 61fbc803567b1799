package com.marginportal.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.SegmentMatrix;
import com.marginportal.client.BulkActionRejected;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.SavedViewRejected;
import com.marginportal.client.domain.PositionSide;
import com.marginportal.classification.domain.ClassificationThresholds;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.importing.ImportKind;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.security.Role;
import com.marginportal.workflow.ContactForm;
import com.marginportal.workflow.ManagerDecision;
import com.marginportal.workflow.ResolutionOutcome;
import com.marginportal.notification.InAppKind;
import com.marginportal.notification.NoticeStatus;
import com.marginportal.notification.NoticeType;
import com.marginportal.service.TimelineKind;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in every language, and every literal key used in the code exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation|Reason\\.of|rule\\(\"[^\"]*\",)\\s*\\(?\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> chinese = PortalI18nProvider.bundle(PortalI18nProvider.CHINESE).keySet();
        Set<String> english = PortalI18nProvider.bundle(PortalI18nProvider.ENGLISH).keySet();
        assertThat(english).containsExactlyInAnyOrderElementsOf(chinese);
    }

    /**
     * A text with arguments is a MessageFormat pattern, where one apostrophe starts a quote: "The exchanges' holidays
     * for {0}" showed as "The exchanges holidays for {0}". There an apostrophe is written twice.
     */
    @Test
    void aTextWithArgumentsWritesItsApostrophesTwice() {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (Locale language : new Locale[] {PortalI18nProvider.CHINESE, PortalI18nProvider.ENGLISH}) {
            ResourceBundle bundle = PortalI18nProvider.bundle(language);
            assertThat(bundle.keySet()).as("texts with arguments and a lone apostrophe (%s)", language)
                    .filteredOn(key -> argument.matcher(bundle.getString(key)).find()
                            && lone.matcher(bundle.getString(key)).find())
                    .isEmpty();
        }
    }

    /**
     * A notice has one Chinese name wherever the portal names it (mail log, case history, client timeline,
     * acknowledgement), the short form of the title the client reads ("融资融券账户风险预警通知" → 预警通知).
     */
    @Test
    void aNoticeHasOneChineseNameEverywhere() {
        ResourceBundle chinese = PortalI18nProvider.bundle(PortalI18nProvider.CHINESE);
        for (NoticeType type : NoticeType.values()) {
            String name = chinese.getString("noticeType." + type.name());
            assertThat(chinese.getString("timeline.noticeType." + type.name())).as(type.name()).isEqualTo(name);
            if (type.acknowledgeable()) {
                assertThat(chinese.getString("ack.noticeType." + type.name())).as(type.name()).isEqualTo(name);
            }
        }
    }

    @Test
    void chineseIsTheDefaultForAnyOtherLocale() {
        PortalI18nProvider provider = new PortalI18nProvider();
        assertThat(provider.getTranslation("app.title", Locale.GERMAN)).isEqualTo("两融客户管理门户");
        assertThat(provider.getTranslation("app.title", Locale.US)).isEqualTo("Margin Client Portal");
        assertThat(provider.getTranslation("clients.count", Locale.ENGLISH, 1234)).isEqualTo("1,234 clients");
        assertThat(provider.getTranslation("incidents.noticeCount", Locale.ENGLISH, 0L)).isEqualTo("None");
        assertThat(provider.getTranslation("incidents.noticeCount", Locale.ENGLISH, 1L)).isEqualTo("1 notice");
        assertThat(provider.getTranslation("incidents.jobCount", Locale.ENGLISH, 1521L)).isEqualTo("1,521 jobs");
        assertThat(provider.getTranslation("incidents.jobCount", Locale.CHINESE, 3L)).isEqualTo("共 3 条");
        assertThat(provider.getTranslation("no.such.key", Locale.CHINESE)).isEqualTo("!no.such.key");
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        ResourceBundle chinese = PortalI18nProvider.bundle(PortalI18nProvider.CHINESE);
        // keys built from enum values
        Stream.of(Role.values()).forEach(v -> used.add("role." + v.name()));
        Stream.of(PositionSide.values()).forEach(v -> used.add("side." + v.name()));
        Stream.of(DisplayLines.Band.values()).forEach(v -> used.add("ratio.band." + v.name()));
        Stream.of(BreachLevel.values()).forEach(v -> used.add("level." + v.name()));
        Stream.of(BreachReason.values()).forEach(v -> used.add("reason." + v.name()));
        Stream.of(ScanTrigger.values()).forEach(v -> used.add("trigger." + v.name()));
        Stream.of(ImportKind.values()).forEach(v -> used.add("importKind." + v.name()));
        for (Dimension d : Dimension.values()) {
            used.add("dimension." + d.name());
            d.allowedValues().forEach(v -> used.add("class." + v));
        }
        used.add("class." + Dimension.UNCLASSIFIED);
        for (Dimension d : Dimension.values()) {
            SegmentMatrix.valuesOf(d).forEach(v -> used.add(SegmentLabels.valueKey(d, v)));
        }
        Stream.of(com.marginportal.security.SignInRefused.Reason.values()).forEach(v -> used.add("login.refused." + v.name()));
        Stream.of(com.marginportal.security.AccountChangeRejected.Problem.values())
                .forEach(v -> used.add("accounts.rejected." + v.name()));
        Stream.of(BulkActionRejected.Problem.values()).forEach(v -> used.add("bulk.rejected." + v.name()));
        Stream.of(SavedViewRejected.Problem.values()).forEach(v -> used.add("clients.views.problem." + v.name()));
        Stream.of(ContactForm.Plan.values()).forEach(v -> used.add("plan." + v.name()));
        Stream.of(ContactForm.Channel.values()).forEach(v -> used.add("channel." + v.name()));
        Stream.of(ManagerDecision.Kind.values()).forEach(v -> used.add("decision." + v.name()));
        Stream.of("contactClient", "escalationReview", "followUp", "managerDecision").forEach(v -> used.add("task." + v));
        Stream.of(ClassificationThresholds.class.getRecordComponents()).forEach(c -> used.add("threshold." + c.getName()));
        Stream.of(com.marginportal.risk.domain.CaseState.values()).forEach(v -> used.add(v.labelKey()));
        Stream.of(com.marginportal.client.HeldLines.Source.values())
                .forEach(v -> used.add("account.linesInForce." + v.name()));
        Stream.of("OPENED", "ESCALATED", "RESTORED", "CLOSED", "HANDED_OFF", "RELEASED")
                .forEach(v -> used.add("caseEvent." + v));
        Stream.of(RequestType.values()).forEach(v -> used.add("requestType." + v.name()));
        Stream.of(RequestStatus.values()).forEach(v -> used.add("requestStatus." + v.name()));
        Stream.of(ServiceChannel.values()).forEach(v -> used.add("channel." + v.name()));
        Stream.of(1, 2, 3, 4, 5).forEach(v -> used.add("satisfaction." + v));
        Stream.of(TimelineKind.values()).forEach(v -> used.add("timelineKind." + v.name()));
        Stream.of(NoticeType.values()).forEach(v -> used.add("timeline.noticeType." + v.name()));
        Stream.of(NoticeStatus.values()).forEach(v -> used.add("timeline.noticeStatus." + v.name()));
        Stream.of(ResolutionOutcome.values()).forEach(v -> used.add("outcome." + v.name()));
        Stream.of(InAppKind.values()).forEach(v -> used.add("inapp." + v.name()));
        Stream.of(InAppKind.values()).forEach(v -> used.add("history.message." + v.name()));
        Stream.of(com.marginportal.workflow.CaseHistoryEntry.Kind.values()).forEach(v -> used.add("history." + v.name()));
        Stream.of(com.marginportal.workflow.ContactOutlook.Next.values())
                .forEach(v -> used.add("contact.outcome." + v.name()));
        Stream.of("managers", "advisors", "riskOffice").forEach(v -> used.add("history.group." + v));
        Stream.of("decisionEscalation").forEach(v -> used.add("task." + v));
        Stream.of(com.marginportal.home.domain.AttentionItem.Kind.values())
                .forEach(v -> used.add(EnumLabels.key(v)));
        Stream.of(com.marginportal.notification.NoticeType.values()).filter(t -> t.acknowledgeable())
                .forEach(t -> used.add("ack.noticeType." + t.name()));
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(chinese.containsKey(key))
                .as("translation key %s", key).isTrue());
    }
}
