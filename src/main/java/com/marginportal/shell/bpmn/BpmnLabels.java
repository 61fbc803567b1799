package com.marginportal.shell.bpmn;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The process file's labels in the reader's language: every element with an id and a name gets the name the UI's
 * bundle gives for it ({@code activity.<id>}, or {@code flow.<id>} for sequence flows), so the diagram says what the
 * board, inbox and timelines say. An element without a translation keeps the file's name.
 */
public final class BpmnLabels {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private BpmnLabels() {
    }

    public static String localize(String xml, Function<String, Optional<String>> translation) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList all = doc.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("id") && e.hasAttribute("name")) {
                    String prefix = "sequenceFlow".equals(e.getLocalName()) ? "flow." : "activity.";
                    translation.apply(prefix + e.getAttribute("id")).ifPresent(name -> e.setAttribute("name", name));
                }
            }
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception unreadable) {
            return xml; // the viewer reports the import error itself; the file's own labels are better than nothing
        }
    }
}
