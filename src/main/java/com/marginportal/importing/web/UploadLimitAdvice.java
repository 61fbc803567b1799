package com.marginportal.importing.web;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload over the limit (the API's multipart route) is refused while the request is parsed, before any
 * controller: Spring's default was a bare 413. Answered like the raw-body route's 413 (ImportController): a problem
 * detail naming the limit, its property and what to do. Applies to every Spring MVC request (the advice cannot be
 * scoped to a controller, none is chosen yet); the API is the only Spring MVC route taking multipart.
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private final MultipartProperties multipart;

    UploadLimitAdvice(MultipartProperties multipart) {
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "the uploaded file is larger than the upload limit of "
                        + megabytes(multipart.getMaxFileSize()) + " (spring.servlet.multipart.max-file-size, max-request-size "
                        + megabytes(multipart.getMaxRequestSize()) + "): nothing was imported; split the file or ask the "
                        + "operator to raise the limit"));
    }

    static String megabytes(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }
}
