package com.marginportal.service.ui;

import java.util.List;
import java.util.Map;

import com.marginportal.security.Role;
import com.marginportal.security.UserDirectory;
import com.marginportal.service.ContactPlan;
import com.marginportal.service.ContactPlans;
import com.marginportal.service.PlanRunResult;
import com.marginportal.service.domain.PlanDraft;
import com.marginportal.shell.BuiltInNames;
import com.marginportal.shell.ChangedBy;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/** For admins: the contact plans (segment, ratio condition, interval), edited with validation and audit; run on demand. */
@Route("service/plans")
@RolesAllowed(Role.Names.ADMIN)
public class ContactPlansView extends VerticalLayout implements HasDynamicTitle {

    private final transient ContactPlans plans;
    private final Grid<ContactPlan> grid = new Grid<>(ContactPlan.class, false);
    private final ContactPlanForm form;
    private final transient UserDirectory users;
    private ContactPlan editing;
    private Map<String, String> names = Map.of();

    public ContactPlansView(ContactPlans plans, UserDirectory users) {
        this.plans = plans;
        this.users = users;
        setSizeFull();
        grid.setId("plan-grid");
        grid.setEmptyStateText(getTranslation("plans.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a plan's name is free text up to 100 characters: it takes the width the facts beside it leave, and wraps
        grid.addColumn(p -> BuiltInNames.of(this, p.nameKey(), p.definition().name())).setKey("name")
                .setHeader(getTranslation("plans.col.name")).setWidth("14rem").setFlexGrow(1);
        grid.addColumn(p -> getTranslation("plans.segment", getTranslation("dimension." + p.definition().dimension().name()),
                getTranslation("class." + p.definition().value()))).setHeader(getTranslation("plans.col.segment")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.definition().ratioBelow() == null ? getTranslation("plans.ratio.any")
                : getTranslation("plans.ratioBelow", Formats.percent(p.definition().ratioBelow())))
                .setHeader(getTranslation("plans.col.ratio")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.definition().intervalDays()).setHeader(getTranslation("plans.col.interval")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.definition().active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("plans.col.active")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChangedBy.cell(this, () -> names, ContactPlan::updatedBy, ContactPlan::updatedAt)).setKey("updated")
                .setHeader(getTranslation("plans.col.updated")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        form = new ContactPlanForm(this::save);
        form.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            editing = e.getValue();
            form.setVisible(editing != null);
            if (editing != null) {
                form.edit(editing);
            }
        });
        Button create = new Button(getTranslation("plans.new"), VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            form.clear();
            form.setVisible(true);
        });
        create.setId("plan-new");
        Button run = new Button(getTranslation("plans.runNow"), VaadinIcon.PLAY.create(), e -> runNow());
        run.setId("plan-run");
        run.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph intro = new Paragraph(getTranslation("plans.intro"));
        intro.addClassName("muted");
        add(new H2(getTranslation("plans.title")), intro, new HorizontalLayout(create, run), grid, form);
        reload();
    }

    private void save(PlanDraft draft) {
        try {
            ContactPlan saved = editing == null ? plans.create(draft) : plans.update(editing.id(), editing.version(), draft);
            Notification.show(getTranslation("plans.saved", BuiltInNames.of(this, saved.nameKey(),
                            saved.definition().name())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
            grid.select(saved);
        } catch (IllegalArgumentException e) {
            form.showNameTaken();
        } catch (OptimisticLockingFailureException e) {
            Notification.show(getTranslation("plans.error.concurrent"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            reload();
        }
    }

    private void runNow() {
        PlanRunResult result = plans.runNow();
        Notification.show(getTranslation("plans.ran", result.created(), result.fulfilled(), result.cancelled()), 5000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reload() {
        List<ContactPlan> all = plans.plans();
        names = users.displayNames(all.stream().map(ContactPlan::updatedBy).toList()); // people by name, not login
        grid.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title") + " | " + getTranslation("app.title");
    }
}
