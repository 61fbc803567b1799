package com.marginportal;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A feature's ui package is used only by that feature's own ui (views reach each other by routing). */
class FeatureUiAccess extends ArchCondition<JavaClass> {

    FeatureUiAccess() {
        super("not use another feature's ui package");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
            String target = d.getTargetClass().getPackageName();
            String targetFeature = feature(target);
            if (targetFeature != null && target.contains(".ui") && !targetFeature.equals(feature(origin.getPackageName()))) {
                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
            }
        }
    }

    private static String feature(String pkg) {
        String prefix = "com.marginportal.";
        if (!pkg.startsWith(prefix)) {
            return null;
        }
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
