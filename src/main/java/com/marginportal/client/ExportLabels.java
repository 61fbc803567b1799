package com.marginportal.client;

/** The words of a client export in the user's language; the view supplies them, the service writes them. */
public interface ExportLabels {

    /** The fixed columns of the export, in order; the segment dimensions follow the ratio. */
    enum Column { CLIENT_ID, NAME, ID_NUMBER, PHONE, BRANCH, ADVISOR, RISK_TOLERANCE, TOTAL_ASSETS, MAINTENANCE_RATIO,
        SUITABILITY_ISSUE }

    String header(Column column);

    String dimension(String dimension);

    String value(String dimension, String value);

    String yesNo(boolean value);
}
