package com.marginportal.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import com.marginportal.importing.ImportBatchRecord;
import com.marginportal.importing.ImportInput;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;

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

/**
 * Imports for system integration: {@code POST /api/v1/imports/{kind}} with a multipart {@code file} part,
 * or the file itself as the request body (text/csv, or XLSX). Answers the {@link ImportResult} as JSON:
 * 200 when imported, 400 with the row errors when rejected, 500 when writing failed (rolled back).
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
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

    @PostMapping(path = "/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE, XLSX})
    ResponseEntity<?> body(@PathVariable String kind, @RequestParam(required = false) String charset,
                           @RequestParam(required = false) String fileName,
                           @RequestHeader(value = "Content-Type", required = false) MediaType contentType,
                           InputStream body) throws IOException {
        ImportKind importKind = ImportKind.fromPathName(kind).orElse(null);
        if (importKind == null) {
            return unknownKind(kind);
        }
        String declared = charset != null ? charset
                : contentType != null && contentType.getCharset() != null ? contentType.getCharset().name() : null;
        // the body is read twice (validate, then write): spool it to a temporary file, never to memory
        Path spool = Files.createTempFile("import-api-", ".tmp");
        try {
            Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
            ImportInput input = () -> Files.newInputStream(spool);
            return answer(imports.importFile(new ImportRequest(importKind, ImportSource.API,
                    fileName == null ? importKind.pathName() : fileName, declared), input));
        } finally {
            Files.deleteIfExists(spool);
        }
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
