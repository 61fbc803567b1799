package com.marginportal.workflow.ui;

import java.util.Optional;

import com.marginportal.client.ClientDirectory;
import com.marginportal.security.Role;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Badge;
import com.marginportal.shell.Formats;
import com.marginportal.shell.bpmn.BpmnDiagram;
import com.marginportal.workflow.CaseActions;
import com.marginportal.workflow.DeadlineExtensions;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.CaseFile;
import com.marginportal.workflow.CaseFiles;
import com.marginportal.workflow.TaskInbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One case for a manager: the manager's actions, the facts in business words, every step, notice, contact and note
 * in time order, and the process diagram with the active step highlighted and the path taken marked.
 */
@Route("board/case/:caseId")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseFiles files;
    private final CaseActions actions;
    private final DeadlineExtensions extensions;
    private final CaseBoard board;
    private final ClientDirectory clients;
    private final UserDirectory users;
    private final TaskInbox inbox;
    private String title = "";

    public CaseView(CaseFiles files, CaseActions actions, DeadlineExtensions extensions, CaseBoard board,
                    ClientDirectory clients, UserDirectory users, TaskInbox inbox) {
        this.extensions = extensions;
        this.inbox = inbox;
        this.files = files;
        this.actions = actions;
        this.board = board;
        this.clients = clients;
        this.users = users;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseFile> file = event.getRouteParameters().get("caseId").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> files.of(Long.parseLong(id)));
        removeAll();
        file.ifPresentOrElse(this::show, this::showNotFound);
    }

    private void show(CaseFile f) {
        long caseId = f.row().caseId();
        String client = clients.clientNames(java.util.List.of(f.row().clientId())).getOrDefault(f.row().clientId(), "");
        title = getTranslation("caseView.title", String.valueOf(caseId), client);
        H2 heading = new H2(title);
        Span level = Badge.of(getTranslation("level." + f.row().level()), "");
        Span step = Badge.of(getTranslation("activity." + (f.row().step() == null ? "sendRiskNotice" : f.row().step())),
                "");
        step.setId("case-step");
        Span sla = Badge.of(f.row().isOpen() ? getTranslation("sla." + board.sla(f.row())) : getTranslation("board.ended",
                getTranslation(f.row().caseStatus().labelKey()), Formats.dateTime(f.row().endedAt())), "");
        HorizontalLayout header = new HorizontalLayout(heading, level, step, sla);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (f.row().isOpen()) {
            // the step this manager may act on now, one click away (the decision waiting for her, first of all)
            inbox.actionableForCase(caseId).ifPresent(task -> {
                Button handle = new Button(getTranslation("caseView.handle", getTranslation("task." + task.definitionKey())),
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("tasks", QueryParameters.of("task", task.taskId()))));
                handle.setId("case-handle-task");
                handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                header.add(handle);
            });
        }

        BpmnDiagram diagram = new BpmnDiagram();
        diagram.setId("case-diagram");
        diagram.setWidthFull();
        diagram.setHeight("340px");
        diagram.setXml(f.bpmnXml());
        diagram.markCompleted(f.completedElements());
        diagram.highlightActive(f.activeElements());

        HorizontalLayout lower = new HorizontalLayout(new CaseFactsPanel(f, users), new CaseHistory(f));
        lower.setWidthFull();
        lower.setAlignItems(FlexComponent.Alignment.START);
        Div actionBar = f.row().isOpen() ? new CaseActionsPanel(actions, extensions, f.row(), f.extendable(),
                f.extendable() ? f.facts().heldDeadline() : null, users.visibleAdvisors(),
                () -> getUI().ifPresent(ui -> ui.getPage().reload())) : new Div();
        // the facts and what happened first: they are what a manager acts on; the header already names the step,
        // the diagram below shows where it lies on the way
        add(new RouterLink(getTranslation("caseView.back"), BoardView.class), header, actionBar, lower, diagram);
    }

    private void showNotFound() {
        title = getTranslation("caseView.notFoundTitle"); // a heading, the sentence below it says why
        Paragraph message = new Paragraph(getTranslation("caseView.notFound"));
        message.setId("case-not-found");
        add(new H4(title), message, new RouterLink(getTranslation("caseView.back"), BoardView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.title");
    }
}
