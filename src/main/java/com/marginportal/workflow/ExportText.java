package com.marginportal.workflow;

/**
 * The words of an export in the language of the user who asked for it (the view supplies them from its i18n
 * keys; the service writes them): column headers, levels, steps, outcomes.
 */
@FunctionalInterface
public interface ExportText {

    String get(String key);
}
