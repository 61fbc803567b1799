package com.marginportal.shell;

import com.vaadin.flow.component.Component;

/**
 * An enum constant in words, never raw: its key is {@code enum.<Type>.<CONSTANT>}, the type named as in code
 * ({@code enum.ImportSource.UPLOAD}, {@code enum.ContactTask.Status.OPEN}). Enums shown before this helper keep their
 * older keys ({@code level.WARNING}, ...); {@code EnumLabelsTest} checks every enum the views use has its words.
 */
public final class EnumLabels {

    private EnumLabels() {
    }

    public static String key(Enum<?> value) {
        return "enum." + typeName(value.getDeclaringClass()) + "." + value.name();
    }

    /** The words for the constant in the component's language; empty for null. */
    public static String of(Component c, Enum<?> value) {
        return value == null ? "" : c.getTranslation(key(value));
    }

    /** "ContactTask.Status" for a nested enum, "ImportSource" for a top-level one. */
    public static String typeName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }
}
