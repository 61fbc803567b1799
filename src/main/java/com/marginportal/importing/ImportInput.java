package com.marginportal.importing;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of an import file. It is opened more than once (validation, then writing), so large files
 * stream from disk twice instead of being held in memory.
 */
@FunctionalInterface
public interface ImportInput {

    InputStream open() throws IOException;
}
