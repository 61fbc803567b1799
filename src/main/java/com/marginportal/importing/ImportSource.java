package com.marginportal.importing;

/** How a file reached the portal; both go through the same {@link ImportService} code path. */
public enum ImportSource {
    UPLOAD, API
}
