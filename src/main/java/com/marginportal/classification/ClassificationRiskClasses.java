package com.marginportal.classification;

import java.util.Map;

import com.marginportal.importing.DataImported;
import com.marginportal.risk.RiskClassSource;

import org.springframework.stereotype.Component;

/** Gives the risk scan each client's effective risk level, so a line profile attached to HIGH applies. */
@Component
class ClassificationRiskClasses implements RiskClassSource {

    private final ClassificationService classifications;
    private final ImportReclassification imports;

    ClassificationRiskClasses(ClassificationService classifications, ImportReclassification imports) {
        this.classifications = classifications;
        this.imports = imports;
    }

    @Override
    public Map<Long, String> riskClassesOf(long[] clientIds) {
        return classifications.riskLevelsOf(clientIds);
    }

    @Override
    public void reclassifyAfter(DataImported imported) {
        imports.afterImport(imported);
    }

    @Override
    public Map<Long, String> riskClassByClientId() {
        return classifications.riskLevels();
    }
}
