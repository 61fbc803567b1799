package com.marginportal.shell;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTimeCellsTest {

    @Test
    void everyDateInACellsTextIsKeptOnOneLineAndTheTextStaysWhole() {
        Span cell = DateTimeCells.text("已恢复（2026-12-07 01:59），展期至 2026-12-09");

        assertThat(cell.getElement().getTextRecursively()).isEqualTo("已恢复（2026-12-07 01:59），展期至 2026-12-09");
        assertThat(cell.getElement().getChildren().filter(e -> e.getClassList().contains("nowrap")).map(Element::getText))
                .containsExactly("2026-12-07", "2026-12-09");
    }

    @Test
    void aTextWithoutADateIsOneTextNode() {
        assertThat(DateTimeCells.text("—").getElement().getChildCount()).isOne();
    }
}
