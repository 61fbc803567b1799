package com.marginportal.shell.bpmn;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only BPMN diagram (bpmn-js NavigatedViewer: pan with the mouse, zoom with the wheel), from
 * {@code frontend/src/portal-bpmn-diagram.ts}. It shows a process definition's XML fitted to the viewport and
 * marks the state of a process or of many: {@link #highlightActive active} elements, {@link #markCompleted
 * completed} elements (shapes and sequence flows — Flowable's activity instances include the flows taken), and
 * {@link #setCounts counts} as badges (e.g. open cases waiting at each step). Clicks on elements come back as
 * {@link ElementClickEvent}s. 420 px high unless {@link #setHeight(String) set}.
 * <p>
 * bpmn-js's licence requires its bpmn.io logo to stay visible: do not hide {@code .bjs-powered-by}.
 *
 * <pre>{@code
 * BpmnDiagram diagram = new BpmnDiagram();
 * diagram.setXml(processXml);
 * diagram.markCompleted(finishedActivityIds);
 * diagram.highlightActive(List.of("contactClient"));
 * diagram.addElementClickListener(e -> showCasesWaitingAt(e.getElementId()));
 * }</pre>
 */
@Tag("portal-bpmn-diagram")
@NpmPackage(value = "bpmn-js", version = "18.6.2")
@JsModule("./src/portal-bpmn-diagram.ts")
public class BpmnDiagram extends Component implements HasSize, HasStyle {

    private static final Logger log = LoggerFactory.getLogger(BpmnDiagram.class);

    public BpmnDiagram() {
        addListener(ImportFailedEvent.class, e -> log.warn("BPMN diagram could not be shown: {}", e.getMessage()));
    }

    /** Shows the diagram of this BPMN 2.0 XML (it must contain diagram interchange), fitted to the viewport. */
    /** The diagram, its labels in the user's language ({@link BpmnLabels}). */
    public void setXml(String bpmnXml) {
        getElement().setProperty("xml", BpmnLabels.localize(Objects.requireNonNull(bpmnXml, "bpmnXml"), key -> {
            String text = getTranslation(key);
            return text.startsWith("!") ? java.util.Optional.empty() : java.util.Optional.of(text);
        }));
    }

    /** Marks exactly these elements as active (replaces the previous set); unknown ids are ignored. */
    public void highlightActive(Collection<String> activityIds) {
        getElement().setPropertyJson("activeIds", array(activityIds));
    }

    /** Marks exactly these elements (activities, events, gateways, sequence flows) as completed. */
    public void markCompleted(Collection<String> activityIds) {
        getElement().setPropertyJson("completedIds", array(activityIds));
    }

    /** Shows a badge with the number on each element with a count above zero (replaces the previous counts). */
    public void setCounts(Map<String, Integer> counts) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        counts.forEach((id, count) -> {
            if (id != null && count != null) {
                json.put(id, count);
            }
        });
        getElement().setPropertyJson("counts", json);
    }

    /** Removes the active and completed marks and the counts. */
    public void clearState() {
        highlightActive(List.of());
        markCompleted(List.of());
        setCounts(Map.of());
    }

    /** Scales and centres the whole diagram into the visible area (also done after each import and resize). */
    public void fitToViewport() {
        getElement().callJsFunction("fitToViewport");
    }

    public Registration addElementClickListener(ComponentEventListener<ElementClickEvent> listener) {
        return addListener(ElementClickEvent.class, listener);
    }

    public Registration addImportFailedListener(ComponentEventListener<ImportFailedEvent> listener) {
        return addListener(ImportFailedEvent.class, listener);
    }

    private static ArrayNode array(Collection<String> ids) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        ids.stream().filter(Objects::nonNull).distinct().forEach(array::add);
        return array;
    }

    /** A click on a diagram element (or its label): its BPMN id, type (e.g. {@code bpmn:UserTask}) and name. */
    @DomEvent("bpmn-element-click")
    public static class ElementClickEvent extends ComponentEvent<BpmnDiagram> {

        private final String elementId;
        private final String elementType;
        private final String elementName;

        public ElementClickEvent(BpmnDiagram source, boolean fromClient,
                                 @EventData("event.detail.id") String elementId,
                                 @EventData("event.detail.type") String elementType,
                                 @EventData("event.detail.name") String elementName) {
            super(source, fromClient);
            this.elementId = elementId;
            this.elementType = elementType;
            this.elementName = elementName;
        }

        public String getElementId() {
            return elementId;
        }

        public String getElementType() {
            return elementType;
        }

        /** The element's name in the BPMN file; empty when it has none. */
        public String getElementName() {
            return elementName;
        }
    }

    /** The XML could not be imported (not BPMN, or no diagram interchange); the diagram stays empty. */
    @DomEvent("bpmn-import-error")
    public static class ImportFailedEvent extends ComponentEvent<BpmnDiagram> {

        private final String message;

        public ImportFailedEvent(BpmnDiagram source, boolean fromClient,
                                 @EventData("event.detail.message") String message) {
            super(source, fromClient);
            this.message = message;
        }

        public String getMessage() {
            return message;
        }
    }
}
