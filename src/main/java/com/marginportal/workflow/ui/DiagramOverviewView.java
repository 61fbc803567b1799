package com.marginportal.workflow.ui;

import java.util.HashMap;
import java.util.Map;

import com.marginportal.security.Role;
import com.marginportal.shell.bpmn.BpmnDiagram;
import com.marginportal.workflow.BoardFilter;
import com.marginportal.workflow.CaseBoard;
import com.marginportal.workflow.CaseFiles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The breach process with the number of open cases waiting at each step; a click on a step opens the board there. */
@Route("board/diagram")
@RolesAllowed({Role.Names.MANAGER, Role.Names.ADMIN})
public class DiagramOverviewView extends VerticalLayout implements HasDynamicTitle {

    public DiagramOverviewView(CaseFiles files, CaseBoard board) {
        setSizeFull();
        Map<String, Integer> open = new HashMap<>();
        board.countsByStep(BoardFilter.DEFAULT.openOnly()).forEach((step, count) -> open.put(step, count.intValue()));
        BpmnDiagram diagram = new BpmnDiagram();
        diagram.setId("overview-diagram");
        diagram.setSizeFull();
        diagram.setXml(files.latestProcessXml());
        diagram.setCounts(open);
        diagram.addElementClickListener(e -> {
            if (open.containsKey(e.getElementId())) {
                UI.getCurrent().navigate("board", QueryParameters.of("step", e.getElementId()));
            }
        });
        add(new H2(getTranslation("overview.title")), new Paragraph(getTranslation("overview.intro")), diagram);
        setFlexGrow(1, diagram);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " | " + getTranslation("app.title");
    }
}
