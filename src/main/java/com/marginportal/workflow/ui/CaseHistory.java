package com.marginportal.workflow.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.shell.Formats;
import com.marginportal.workflow.CaseFile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;

/** A case's history in time order: detections and escalations, tasks, notices, contacts and managers' notes. */
class CaseHistory extends Div {

    private record Line(Instant at, String kind, String text) {
    }

    CaseHistory(CaseFile f) {
        setId("case-history");
        getStyle().set("flex", "1");
        List<Line> lines = new ArrayList<>();
        f.events().forEach(e -> lines.add(new Line(e.occurredAt(), "case", getTranslation("caseEvent." + e.type())
                + " · " + getTranslation("level." + e.level().name()) + " · "
                + (e.ratio() == null ? getTranslation("ratio.noDebt") : Formats.percent(e.ratio())))));
        f.tasks().forEach(t -> {
            lines.add(new Line(t.created(), "task", getTranslation("caseView.taskCreated",
                    getTranslation("activity." + t.definitionKey()), t.assignee() == null ? "—" : t.assignee())));
            if (t.ended() != null) {
                lines.add(new Line(t.ended(), "task", getTranslation("caseView.taskEnded",
                        getTranslation("activity." + t.definitionKey()))));
            }
        });
        f.notices().forEach(n -> lines.add(new Line(n.createdAt(), "notice", getTranslation("caseView.notice",
                getTranslation("noticeType." + n.type().name()), NoticeStatusText.of(this, n),
                PersonalDataMask.email(n.recipient())))));
        f.contacts().forEach(c -> lines.add(new Line(c.recordedAt(), "contact", getTranslation("caseView.contact",
                c.attempt(), getTranslation("channel." + c.channel()),
                getTranslation(c.reached() ? "resolution.reached" : "resolution.notReached"),
                c.plan() == null ? "" : getTranslation("plan." + c.plan()), c.note() == null ? "" : c.note(),
                c.recordedBy()))));
        f.notes().forEach(n -> lines.add(new Line(n.writtenAt(), "note",
                getTranslation("caseView.note", n.writtenBy(), n.note()))));
        add(new H4(getTranslation("caseView.history")));
        lines.stream().filter(l -> l.at() != null).sorted(Comparator.comparing(Line::at)).forEach(l -> {
            Span when = new Span(Formats.dateTime(l.at()) + "  ");
            when.addClassName("muted");
            Div line = new Div(when, new Span(l.text()));
            line.addClassNames("case-history-line", "case-history-" + l.kind());
            add(line);
        });
    }
}
