package com.marginportal.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;

import org.junit.jupiter.api.Test;

/**
 * A work list that scrolls renders its first rows only, and an auto width measures those: a financing-ratio task
 * further down would wrap "警戒 · 融资比例" to four lines (seen in the inbox, issue #15's suite). Such a list gets the
 * fixed width; one that shows all its rows is sized to them.
 */
class LevelTextTest {

    @Test
    void aListThatScrollsHasTheFixedWidthAndOneShownWholeItsRowsWidth() {
        Grid<String> scrolls = new Grid<>();
        Grid.Column<String> fixed = LevelText.size(scrolls.addColumn(s -> s), false);
        assertThat(fixed.isAutoWidth()).isFalse();
        assertThat(fixed.getWidth()).isEqualTo(LevelText.WIDTH);
        assertThat(scrolls.getThemeNames()).as("the longest label wraps in that width instead of being cut "
                + "(\"Warning · Financi…\" in the advisor's day)").contains("wrap-cell-content");

        Grid<String> whole = new Grid<>();
        assertThat(LevelText.size(whole.addColumn(s -> s), true).isAutoWidth()).isTrue();
    }
}
