package com.marginportal.importing;

/** A problem with the file as a whole (charset, format, header): nothing of it can be imported. */
class FileRejected extends RuntimeException {

    FileRejected(String message) {
        super(message);
    }

    FileRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
