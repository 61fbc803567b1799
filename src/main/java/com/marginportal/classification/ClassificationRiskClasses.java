package com.marginportal.classification;

import java.util.Map;

import com.marginportal.risk.RiskClassSource;

import org.springframework.stereotype.Component;

/** Gives the risk scan each client's effective risk level, so a line profile attached to HIGH applies. */
@Component
class ClassificationRiskClasses implements RiskClassSource {

    private final ClassificationService classifications;

    ClassificationRiskClasses(ClassificationService classifications) {
        this.classifications = classifications;
    }

    @Override
    public Map<Long, String> riskClassByClientId() {
        return classifications.riskLevels();
    }
}
