package com.marginportal.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.marginportal.classification.ChangeSource;
import com.marginportal.classification.ClassificationChange;
import com.marginportal.classification.ClassificationService;
import com.marginportal.client.ClientLookup;
import com.marginportal.client.ContactHistory;
import com.marginportal.client.ServiceHistorySource;
import com.marginportal.client.ContactLine;
import com.marginportal.notification.NoticeRecord;
import com.marginportal.notification.NotificationService;
import com.marginportal.risk.CaseEventRow;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.TimelineEntry.Code;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happened with one client, newest first: contacts, risk notices, risk case events, service
 * requests, class changes and what other features add ({@link TimelineSource}: the breach workflow's resolution
 * records). Each source is read through its feature's public service in the caller's scope; a client outside it has
 * no timeline. The timeline shows the latest {@value #SHOWN} entries and says
 * how many there are in all: the long sources (contacts, service history, requests) are read as far as those latest
 * entries reach and counted in the database.
 */
@Service
public class ClientTimeline {

    /** The latest entries the timeline shows. */
    public static final int SHOWN = 500;

    private final ClientLookup clients;
    private final ContactHistory contacts;
    private final NotificationService notices;
    private final RiskCaseQueries cases;
    private final List<TimelineSource> sources;
    private final ServiceRequests requests;
    private final ClassificationService classifications;
    private final UserDirectory users;
    private final List<ServiceHistorySource> serviceHistory;

    ClientTimeline(ClientLookup clients, ContactHistory contacts, NotificationService notices, RiskCaseQueries cases,
                   List<TimelineSource> sources, ServiceRequests requests, ClassificationService classifications,
                   UserDirectory users, List<ServiceHistorySource> serviceHistory) {
        this.serviceHistory = serviceHistory;
        this.clients = clients;
        this.contacts = contacts;
        this.notices = notices;
        this.cases = cases;
        this.sources = sources;
        this.requests = requests;
        this.classifications = classifications;
        this.users = users;
    }

    /** The client's latest {@value #SHOWN} entries, newest first, and how many there are in all. */
    @PreAuthorize("hasAnyRole('ADVISOR','MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public Page forClient(long clientId) {
        if (clients.visible(clientId).isEmpty()) {
            return new Page(List.of(), 0);
        }
        List<TimelineEntry> all = new ArrayList<>();
        // the long sources: their newest entries hold every one of the latest; their counts say how many in all
        addContacts(all, contacts.forClient(clientId)); // the newest 500
        long total = contacts.countForClient(clientId);
        // other features' service history, e.g. answers to recommendations (offered / accepted / declined)
        for (ServiceHistorySource source : serviceHistory) {
            addContacts(all, source.entries(clientId, SHOWN));
            total += source.count(clientId);
        }
        ServiceRequests.Activity activity = requests.activity(clientId, SHOWN);
        activity.latest().forEach(r -> addRequest(all, r));
        total += activity.entries();
        // the short ones, read in full
        int longSources = all.size();
        notices.noticesForClient(clientId).forEach(n -> all.add(notice(n)));
        cases.eventsForClient(clientId).forEach(e -> all.add(caseEvent(e)));
        sources.forEach(source -> all.addAll(source.entries(clientId)));
        classifications.changesOf(clientId).forEach(c -> all.add(classification(c)));
        total += all.size() - longSources;
        all.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Page(withDisplayNames(all.subList(0, Math.min(SHOWN, all.size()))), total);
    }

    /** The latest entries, newest first; {@code total} how many the client has in all (more when some are left out). */
    public record Page(List<TimelineEntry> entries, long total) {

        public Page {
            entries = List.copyOf(entries);
        }

        /** True when older entries are left out. */
        public boolean isCut() {
            return total > entries.size();
        }
    }

    /** Sources record user names ("advisor1"); people read display names. Unknown names ("system") stay. */
    private List<TimelineEntry> withDisplayNames(List<TimelineEntry> entries) {
        Map<String, String> names = users.displayNames(entries.stream().map(TimelineEntry::actor)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return entries.stream().map(e -> e.actor() == null || !names.containsKey(e.actor()) ? e
                : new TimelineEntry(e.at(), e.kind(), e.summaryKey(), e.args(), e.detail(), names.get(e.actor())))
                .toList();
    }

    private void addContacts(List<TimelineEntry> all, List<ContactLine> lines) {
        Map<Long, UserAccount> advisors = users.usersById(lines.stream().map(ContactLine::advisorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        for (ContactLine c : lines) {
            UserAccount advisor = c.advisorId() == null ? null : advisors.get(c.advisorId());
            all.add(new TimelineEntry(c.contactedAt(), TimelineKind.CONTACT, "timeline.contact",
                    List.of(new Code("channel." + c.channel()), new Code("direction." + c.direction()),
                            new Code(c.reached() ? "timeline.reached" : "timeline.notReached"), c.subject()),
                    c.note(), advisor == null ? null : advisor.displayName()));
        }
    }

    private static TimelineEntry notice(NoticeRecord n) {
        if (n.replacedBy() != null) { // SUPERSEDED by a later notice of its case, never sent
            return new TimelineEntry(n.createdAt(), TimelineKind.NOTICE, "timeline.noticeSuperseded",
                    List.of(new Code("timeline.noticeType." + n.kind()),
                            String.valueOf(n.replacedBy().noticeId()),
                            new Code("timeline.noticeType." + n.replacedBy().type().name())), n.subject(), n.createdBy());
        }
        if (!n.written()) { // never written, so never queued nor sent: the reason instead of a subject
            return new TimelineEntry(n.createdAt(), TimelineKind.NOTICE, "timeline.noticeNotWritten",
                    List.of(new Code("timeline.noticeType." + n.kind())), n.lastError(), n.createdBy());
        }
        if (n.waitingFor() != null) { // held back until an earlier notice of its case is sent
            return new TimelineEntry(n.createdAt(), TimelineKind.NOTICE, "timeline.noticeWaiting",
                    List.of(new Code("timeline.noticeType." + n.kind()), String.valueOf(n.waitingFor())),
                    n.subject(), n.createdBy());
        }
        return new TimelineEntry(n.createdAt(), TimelineKind.NOTICE, "timeline.notice",
                List.of(new Code("timeline.noticeType." + n.kind()),
                        new Code("timeline.noticeStatus." + n.status().name())), n.subject(), n.createdBy());
    }

    private static TimelineEntry caseEvent(CaseEventRow e) {
        List<Object> args = new ArrayList<>(List.of(Long.toString(e.caseId()), new Code("caseEvent." + e.type()),
                new Code("level." + e.level().name())));
        args.add(e.ratio() == null ? new Code("ratio.noDebt") : e.ratio());
        return new TimelineEntry(e.occurredAt(), TimelineKind.RISK_CASE, "timeline.caseEvent", args, null, null);
    }

    private static void addRequest(List<TimelineEntry> all, ServiceRequest r) {
        String id = Long.toString(r.id());
        all.add(new TimelineEntry(r.createdAt(), TimelineKind.SERVICE_REQUEST, "timeline.request.created",
                List.of(id, new Code("requestType." + r.type().name()), new Code("channel." + r.channel().name())),
                r.content(), r.createdBy()));
        if (r.startedAt() != null) {
            all.add(new TimelineEntry(r.startedAt(), TimelineKind.SERVICE_REQUEST, "timeline.request.started",
                    List.of(id), null, r.startedBy()));
        }
        if (r.closedAt() != null) {
            all.add(new TimelineEntry(r.closedAt(), TimelineKind.SERVICE_REQUEST, "timeline.request.closed",
                    List.of(id, Integer.toString(r.satisfaction())), r.resolution(), r.closedBy()));
        }
    }

    private static TimelineEntry classification(ClassificationChange c) {
        boolean override = c.source() == ChangeSource.OVERRIDE;
        return new TimelineEntry(c.changedAt(), TimelineKind.CLASSIFICATION,
                override ? "timeline.classification.override" : "timeline.classification.computed",
                List.of(new Code("dimension." + c.dimension().name()),
                        new Code(c.oldValue() == null ? "timeline.none" : "class." + c.oldValue()),
                        new Code("class." + c.newValue())),
                override ? c.reason() : null, c.changedBy());
    }
}
