package com.marginportal.classification.ui;

import com.marginportal.classification.SegmentCounts;
import com.marginportal.classification.SegmentLabels;
import com.marginportal.classification.SegmentService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.security.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Client segments: a matrix of two dimensions (risk level × asset scale by default) counting the clients in the
 * caller's scope, and the distribution of every dimension. A count opens the client list of its segment.
 */
@Route("segments")
@RolesAllowed({Role.Names.ADVISOR, Role.Names.MANAGER, Role.Names.ADMIN})
public class SegmentMatrixView extends VerticalLayout implements HasDynamicTitle {

    private final SegmentCounts counts;
    private final Select<Dimension> rows = dimensionSelect("segment-rows", "segments.rows");
    private final Select<Dimension> columns = dimensionSelect("segment-columns", "segments.columns");
    private final Div matrix = new Div();
    private boolean swapping;

    public SegmentMatrixView(SegmentService segments) {
        // one query for the page: the matrix of any two dimensions and the distributions all follow from it
        this.counts = segments.counts();
        addClassName("segment-view");
        rows.setValue(Dimension.RISK_LEVEL);
        columns.setValue(Dimension.ASSET_SCALE);
        rows.addValueChangeListener(e -> changed(e.getValue(), e.getOldValue(), columns));
        columns.addValueChangeListener(e -> changed(e.getValue(), e.getOldValue(), rows));
        matrix.addClassName("segment-matrix-wrapper");
        add(new H2(getTranslation("segments.title")), new Paragraph(getTranslation("segments.intro")),
                new HorizontalLayout(rows, columns), matrix,
                new H3(getTranslation("segments.distribution")), new DistributionPanel(counts.distributions()));
        showMatrix();
    }

    /** Choosing the dimension the other axis shows swaps the two, so rows and columns always differ. */
    private void changed(Dimension now, Dimension before, Select<Dimension> other) {
        if (swapping) {
            return;
        }
        if (now == other.getValue()) {
            swapping = true;
            other.setValue(before);
            swapping = false;
        }
        showMatrix();
    }

    private void showMatrix() {
        if (rows.getValue() == null || columns.getValue() == null || rows.getValue() == columns.getValue()) {
            return;
        }
        matrix.removeAll();
        matrix.add(new SegmentMatrixTable(counts.matrix(rows.getValue(), columns.getValue())));
    }

    private Select<Dimension> dimensionSelect(String id, String labelKey) {
        Select<Dimension> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(Dimension.values());
        select.setItemLabelGenerator(d -> getTranslation(SegmentLabels.dimensionKey(d)));
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.title") + " | " + getTranslation("app.title");
    }
}
