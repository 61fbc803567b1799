package com.marginportal.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.ResponseStatus;
import com.marginportal.classification.domain.ServiceAction;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.domain.PositionSide;
import com.marginportal.home.domain.Urgency;
import com.marginportal.importing.ImportKind;
import com.marginportal.notification.InAppKind;
import com.marginportal.notification.NoticeStatus;
import com.marginportal.notification.NoticeType;
import com.marginportal.client.HeldLines;
import com.marginportal.risk.ScanTrigger;
import com.marginportal.risk.domain.BreachLevel;
import com.marginportal.risk.domain.BreachReason;
import com.marginportal.security.Role;
import com.marginportal.service.TimelineKind;
import com.marginportal.service.domain.RequestStatus;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;
import com.marginportal.workflow.CaseHistoryEntry;
import com.marginportal.workflow.ContactForm;
import com.marginportal.workflow.ContactOutlook;
import com.marginportal.workflow.ManagerDecision;
import com.marginportal.workflow.ResolutionOutcome;
import com.marginportal.workflow.SlaState;
import com.marginportal.support.ProductionClasses;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;

import org.junit.jupiter.api.Test;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No enum on screen raw: every enum of the portal a view uses — directly, or as a property of a value it shows — has
 * its words for every constant in both languages, under {@link EnumLabels#key} or the older key it had before.
 */
class EnumLabelsTest {

    /** The keys enums had before {@link EnumLabels}: prefix + constant. */
    private static final Map<Class<?>, String> OLDER_KEYS = Map.ofEntries(
            entry(BreachLevel.class, "level."), entry(BreachReason.class, "reason."), entry(Role.class, "role."),
            entry(PositionSide.class, "side."), entry(DisplayLines.Band.class, "ratio.band."),
            entry(ScanTrigger.class, "trigger."), entry(ImportKind.class, "importKind."),
            entry(Dimension.class, "dimension."), entry(ContactForm.Plan.class, "plan."),
            entry(ContactForm.Channel.class, "channel."), entry(ManagerDecision.Kind.class, "decision."),
            entry(HeldLines.Source.class, "account.linesInForce."), entry(RequestType.class, "requestType."),
            entry(RequestStatus.class, "requestStatus."), entry(ServiceChannel.class, "channel."),
            entry(TimelineKind.class, "timelineKind."), entry(NoticeType.class, "noticeType."),
            entry(NoticeStatus.class, "noticeStatus."), entry(ResolutionOutcome.class, "outcome."),
            entry(InAppKind.class, "inapp."), entry(CaseHistoryEntry.Kind.class, "history."),
            entry(ContactOutlook.Next.class, "contact.outcome."), entry(SlaState.class, "sla."),
            entry(Urgency.class, "urgency."), entry(ServiceAction.class, "serviceAction."),
            entry(ResponseStatus.class, "recommendation.status."),
            entry(com.marginportal.client.BulkActionRejected.Problem.class, "bulk.rejected."),
            entry(com.marginportal.client.SavedViewRejected.Problem.class, "clients.views.problem."),
            entry(com.marginportal.security.PasswordPolicy.Problem.class, "password.problem."),
            entry(com.marginportal.classification.ClassificationRun.Status.class, "recalc.status."),
            entry(com.marginportal.classification.RunTrigger.class, "recalc.trigger."));

    /** Enums views use without showing their constants' words: why each is not shown. */
    private static final Map<Class<?>, String> NOT_SHOWN = Map.ofEntries(
            entry(com.marginportal.home.domain.AgendaItem.Kind.class, "orders the agenda; each item shows its title key"),
            entry(com.marginportal.client.ClientSort.class, "sort keys of the client list's columns"),
            entry(com.marginportal.service.ContactTask.Status.class, "only OPEN tasks are listed; the outcome has its own message"),
            entry(com.marginportal.shell.chart.EChart.Renderer.class, "a chart setting"),
            entry(com.marginportal.workflow.ExportFormat.class, "links are worded by file extension (export.board.csv)"),
            entry(com.marginportal.client.ExportLabels.Column.class, "worded by CsvLabels' exhaustive switch"),
            entry(com.marginportal.notification.NoticeChannel.class, "every notice is an e-mail; the channel is not shown"),
            entry(com.marginportal.security.DataScope.Kind.class, "picks the home page and the dashboard's figures"),
            entry(com.marginportal.home.WorkList.Tab.class, "picks the inbox's list; each tab has its own label (inbox.*.count)"),
            entry(com.marginportal.client.AccountSummary.ContractState.class, "picks the expiry's sentence (account.expiring, account.expired) and its badge"),
            entry(com.marginportal.home.domain.ContractTerm.State.class, "picks the time left's sentence (myDay.contracts.*) and its badge"));

    @Test
    void everyEnumTheViewsUseHasItsWordsInBothLanguages() {
        ResourceBundle chinese = PortalI18nProvider.bundle(PortalI18nProvider.CHINESE);
        ResourceBundle english = PortalI18nProvider.bundle(PortalI18nProvider.ENGLISH);
        List<String> missing = shownEnums().stream().filter(e -> !NOT_SHOWN.containsKey(e))
                .flatMap(e -> List.of(e.getEnumConstants()).stream())
                .map(c -> key((Enum<?>) c))
                .filter(k -> !chinese.containsKey(k) || !english.containsKey(k)).toList();
        assertThat(missing).as("enum constants without words (add the key to both bundles, or list the enum as not shown)")
                .isEmpty();
    }

    @Test
    void theKeyNamesTheEnumAsInCode() {
        assertThat(EnumLabels.key(com.marginportal.importing.ImportSource.UPLOAD)).isEqualTo("enum.ImportSource.UPLOAD");
        assertThat(EnumLabels.key(com.marginportal.service.ContactTask.Status.OPEN)).isEqualTo("enum.ContactTask.Status.OPEN");
    }

    /** An enum naming its own key ({@code labelKey()}, e.g. the case state), else an older key, else the convention. */
    private static String key(Enum<?> constant) {
        try {
            return (String) constant.getDeclaringClass().getMethod("labelKey").invoke(constant);
        } catch (ReflectiveOperationException noLabelKey) {
            String prefix = OLDER_KEYS.get(constant.getDeclaringClass());
            return prefix == null ? EnumLabels.key(constant) : prefix + constant.name();
        }
    }

    /** The portal's enums the UI code depends on, and those of the properties of the values it depends on. */
    private static Set<Class<?>> shownEnums() {
        JavaClasses classes = ProductionClasses.get();
        Set<Class<?>> enums = new TreeSet<>(Comparator.comparing(Class::getName));
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (!pkg.contains(".ui") && !pkg.startsWith("com.marginportal.shell")) {
                continue;
            }
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith("com.marginportal")) {
                    return;
                }
                add(enums, target);
                if (target.isRecord()) {
                    for (JavaMethod m : target.getMethods()) {
                        if (m.getParameters().isEmpty()) {
                            add(enums, m.getRawReturnType());
                        }
                    }
                }
            });
        }
        return enums;
    }

    private static void add(Set<Class<?>> enums, JavaClass type) {
        if (type.isEnum() && type.getPackageName().startsWith("com.marginportal")) {
            enums.add(type.reflect());
        }
    }
}
