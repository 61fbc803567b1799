package com.marginportal.classification.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.marginportal.classification.InvalidRecommendationException;
import com.marginportal.classification.RecommendationService;
import com.marginportal.classification.domain.Condition;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.security.Role;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.ChangedBy;
import com.marginportal.shell.DateTimeCells;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * For admins: the recommendations per client segment. Add, edit, deactivate or reactivate an entry; every
 * change is validated and audited (old → new) by the service.
 */
@Route("admin/recommendations")
@RolesAllowed(Role.Names.ADMIN)
public class RecommendationsView extends VerticalLayout implements HasDynamicTitle {

    private final RecommendationService recommendations;
    private final Grid<Recommendation> grid = new Grid<>(Recommendation.class, false);
    private final transient UserDirectory users;
    private Map<String, String> names = Map.of();

    public RecommendationsView(RecommendationService recommendations, UserDirectory users) {
        this.recommendations = recommendations;
        this.users = users;
        setSizeFull();
        Button add = new Button(getTranslation("recommendations.add"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.setId("rec-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("rec-grid");
        grid.setEmptyStateText(getTranslation("recommendations.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::segment).setHeader(getTranslation("recommendations.col.segment")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(r -> r.content().title(getLocale())).setHeader(getTranslation("recommendations.col.title"))
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("serviceAction." + r.content().action().name()))
                .setHeader(getTranslation("recommendations.col.action")).setAutoWidth(true);
        grid.addColumn(Recommendation::priority).setHeader(getTranslation("recommendations.col.priority")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("recommendations.col.status")).setAutoWidth(true);
        grid.addColumn(ChangedBy.cell(this, () -> names, Recommendation::updatedBy, Recommendation::updatedAt)).setKey("updated")
                .setHeader(getTranslation("recommendations.col.updated")).setWidth(DateTimeCells.WIDTH).setFlexGrow(0); // wraps: who, then when
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(new H2(getTranslation("recommendations.title")), new Paragraph(getTranslation("recommendations.intro")), add, grid);
        reload();
    }

    private void reload() {
        List<Recommendation> all = recommendations.catalogue();
        names = users.displayNames(all.stream().map(Recommendation::updatedBy).toList()); // people by name, not login
        grid.setItems(all);
    }

    private void openForm(Recommendation editing) {
        RecommendationForm form = new RecommendationForm(editing);
        form.onSave(draft -> save(form, () -> editing == null
                ? recommendations.create(draft) : recommendations.update(editing.id(), draft, editing.version())));
        form.open();
    }

    private void toggle(Recommendation r) {
        save(null, () -> recommendations.setActive(r.id(), !r.active(), r.version()));
    }

    /** Runs a change; a refusal marks the form's fields, a concurrent edit reloads the list. */
    private void save(RecommendationForm form, Supplier<Recommendation> change) {
        try {
            Recommendation saved = change.get();
            if (form != null) {
                form.close();
            }
            String key = form != null ? "recommendations.saved"
                    : saved.active() ? "recommendations.activated" : "recommendations.deactivated";
            Notification.show(getTranslation(key, saved.content().title(getLocale())), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidRecommendationException e) {
            if (form != null) {
                form.showProblems(e.problems());
            }
        } catch (OptimisticLockingFailureException e) {
            if (form != null) {
                form.close();
            }
            Notification.show(getTranslation("recommendations.concurrent"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    private String segment(Recommendation r) {
        return r.conditions().stream().map(this::condition).reduce((a, b) -> getTranslation("recommendation.conditions", a, b))
                .orElse("");
    }

    private String condition(Condition c) {
        return getTranslation("recommendation.condition", getTranslation("dimension." + c.dimension().name()),
                getTranslation("class." + c.value()));
    }

    private Span status(Recommendation r) {
        Span badge = new Span(getTranslation(r.active() ? "recommendations.active" : "recommendations.inactive"));
        badge.addClassNames("badge", r.active() ? "rec-active" : "rec-inactive");
        return badge;
    }

    private HorizontalLayout actions(Recommendation r) {
        Button edit = new Button(getTranslation("recommendations.edit"), e -> openForm(r));
        edit.setId("rec-edit-" + r.id());
        Button toggle = new Button(getTranslation(r.active() ? "recommendations.deactivate" : "recommendations.activate"),
                e -> toggle(r));
        toggle.setId("rec-toggle-" + r.id());
        for (Button b : new Button[] {edit, toggle}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(edit, toggle);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recommendations.title") + " | " + getTranslation("app.title");
    }
}
