package com.marginportal.client.ui;

import java.util.Map;
import java.util.Objects;

import com.marginportal.client.AdvisorBook;
import com.marginportal.client.ClientDirectory;
import com.marginportal.client.HeldLines;
import com.marginportal.security.BranchInfo;
import com.marginportal.security.Role;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** For managers: each advisor's book in their branch (admin: all branches). */
@Route("advisors")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class AdvisorBooksView extends VerticalLayout implements HasDynamicTitle {

    public AdvisorBooksView(ClientDirectory directory, UserDirectory users, HeldLines heldLines) {
        setSizeFull();
        var books = directory.advisorBooks();
        Map<Long, HeldLines.Held> lowestLines = heldLines.forClients(books.stream()
                .map(AdvisorBook::lowestClientId).filter(Objects::nonNull).mapToLong(Long::longValue).toArray());
        Map<Long, UserAccount> advisors = users.usersById(books.stream().map(AdvisorBook::advisorId).toList());
        Map<Long, BranchInfo> branches = users.branchesById();

        Grid<AdvisorBook> grid = new Grid<>(AdvisorBook.class, false);
        grid.setId("advisor-books-grid");
        grid.setEmptyStateText(getTranslation("advisors.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the advisor's name opens their book: the client list filtered to their clients
        grid.addComponentColumn(b -> new Anchor("clients?" + ClientListParams.ADVISOR + "=" + b.advisorId(),
                        name(advisors.get(b.advisorId())))).setKey("advisor")
                .setHeader(getTranslation("advisors.col.advisor")).setAutoWidth(true);
        grid.addColumn(b -> branchName(advisors.get(b.advisorId()), branches))
                .setHeader(getTranslation("clients.col.branch")).setAutoWidth(true);
        // auto widths take the headers in too: "Accounts with debt" was cut to "Accounts wit…"
        grid.addColumn(AdvisorBook::clients).setHeader(getTranslation("advisors.col.clients"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true).setAutoWidth(true);
        // the unit in the header ("Assets (CNY)"), not again in every cell, as in the client list
        grid.addColumn(b -> Formats.money(b.totalAssets())).setHeader(getTranslation("clients.col.totalAssets"))
                .setKey("assets").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(AdvisorBook::accountsWithDebt).setHeader(getTranslation("advisors.col.withDebt"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        // one client's ratio: coloured by the lines that client is held to, and it opens that client
        grid.addComponentColumn(b -> lowest(b, lowestLines)).setKey("lowest")
                .setHeader(getTranslation("advisors.col.lowestRatio")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(books);
        add(new H2(getTranslation("advisors.title")), grid);
    }

    private static Component lowest(AdvisorBook book, Map<Long, HeldLines.Held> lines) {
        if (book.lowestClientId() == null) {
            return new RatioBadge(null, null); // no account with debt: "no debt", no lines to judge by
        }
        return new Anchor("clients/" + book.lowestClientId(),
                new RatioBadge(book.lowestRatio(), lines.get(book.lowestClientId()).lines()));
    }

    private static String name(UserAccount advisor) {
        return advisor == null ? "" : advisor.displayName() + " (" + advisor.username() + ")";
    }

    private static String branchName(UserAccount advisor, Map<Long, BranchInfo> branches) {
        return advisor == null || advisor.branchId() == null ? ""
                : branches.get(advisor.branchId()).name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("advisors.title") + " | " + getTranslation("app.title");
    }
}
