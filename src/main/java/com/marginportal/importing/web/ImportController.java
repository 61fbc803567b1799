package com.marginportal.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.marginportal.importing.ImportBatchRecord;
import com.marginportal.importing.ImportInput;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.unit.DataSize;

/**
 * Imports for system integration: {@code POST /api/v1/imports/{kind}} with a multipart {@code file} part,
 * or the file itself as the request body (text/csv, or XLSX). Answers the {@link ImportResult} as JSON:
 * 200 when imported, 400 with the row errors when rejected, 500 when writing failed (rolled back); 415 for any
 * other content type (a browser form can send text/plain cross-site), 413 when the body passes
 * {@code portal.import.max-body-size}.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> ACCEPTED = List.of("text/csv", XLSX, MediaType.MULTIPART_FORM_DATA_VALUE);

    private final ImportService imports;
    private final DataSize maxBodySize;

    ImportController(ImportService imports, @Value("${portal.import.max-body-size:200MB}") DataSize maxBodySize) {
        this.imports = imports;
        this.maxBodySize = maxBodySize;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@PathVariable String kind, @RequestPart("file") MultipartFile file,
                             @RequestParam(required = false) String charset) {
        ImportKind importKind = ImportKind.fromPathName(kind).orElse(null);
        if (importKind == null) {
            return unknownKind(kind);
        }
        return answer(imports.importFile(new ImportRequest(importKind, ImportSource.API, file.getOriginalFilename(),
                charset), file::getInputStream));
    }

    @PostMapping(path = "/{kind}", consumes = {"text/csv", XLSX})
    ResponseEntity<?> body(@PathVariable String kind, @RequestParam(required = false) String charset,
                           @RequestParam(required = false) String fileName,
                           @RequestHeader(value = "Content-Type", required = false) MediaType contentType,
                           @RequestHeader(value = "Content-Length", required = false) Long contentLength,
                           InputStream body) throws IOException {
        ImportKind importKind = ImportKind.fromPathName(kind).orElse(null);
        if (importKind == null) {
            return unknownKind(kind);
        }
        if (contentLength != null && contentLength > maxBodySize.toBytes()) {
            return tooLarge();
        }
        String declared = charset != null ? charset
                : contentType != null && contentType.getCharset() != null ? contentType.getCharset().name() : null;
        // the body is read twice (validate, then write): spool it to a temporary file, never to memory
        Path spool = Files.createTempFile("import-api-", ".tmp");
        try {
            if (!spool(body, spool)) {
                return tooLarge();
            }
            ImportInput input = () -> Files.newInputStream(spool);
            return answer(imports.importFile(new ImportRequest(importKind, ImportSource.API,
                    fileName == null ? importKind.pathName() : fileName, declared), input));
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Any other content type: 415, naming the accepted ones (never read as a file). */
    @PostMapping(path = "/{kind}")
    ResponseEntity<ProblemDetail> unsupported(@RequestHeader(value = "Content-Type", required = false) String contentType) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "content type '"
                + (contentType == null ? "none" : contentType) + "' is not accepted: send the file as "
                + String.join(", ", ACCEPTED) + " (a file part named 'file')");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).header(HttpHeaders.ACCEPT, String.join(", ", ACCEPTED))
                .body(problem);
    }

    /** Copies the body to the spool file; false as soon as it passes the size limit. */
    private boolean spool(InputStream body, Path spool) throws IOException {
        long limit = maxBodySize.toBytes();
        long copied = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(spool)) {
            for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
                copied += n;
                if (copied > limit) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private ResponseEntity<ProblemDetail> tooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "the request body is larger than the import API's limit of " + describe(maxBodySize)
                        + " (portal.import.max-body-size): nothing was imported; split the file or ask the operator to raise the limit"));
    }

    private static String describe(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /** The latest entries of the import log, newest first. */
    @GetMapping
    List<ImportBatchRecord> latest(@RequestParam(defaultValue = "20") int limit) {
        return imports.latestBatches(limit);
    }

    private static ResponseEntity<ImportResult> answer(ImportResult result) {
        HttpStatus status = switch (result.status()) {
            case SUCCEEDED -> HttpStatus.OK;
            case REJECTED -> HttpStatus.BAD_REQUEST;
            case FAILED -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return ResponseEntity.status(status).body(result);
    }

    private static ResponseEntity<ProblemDetail> unknownKind(String kind) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unknown import kind '" + kind
                + "': use one of " + String.join(", ", Arrays.stream(ImportKind.values()).map(ImportKind::pathName).toList()));
        return ResponseEntity.badRequest().body(problem);
    }
}
