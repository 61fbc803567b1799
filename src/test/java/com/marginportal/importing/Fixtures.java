package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Pass 1 of an import over in-memory bytes and fixed reference data: parsing and validation without a database. */
final class Fixtures {

    static final References REFERENCES = new References() {
        @Override
        public Map<String, Integer> securities() {
            return Map.of("600519.SH", 0, "000001.SZ", 1, "510300.SH", 2);
        }

        @Override
        public LongIndex accounts() {
            LongIndex index = new LongIndex();
            index.add(80000001, 10000001);
            index.add(80000002, 10000002);
            return index;
        }

        @Override
        public LongIndex clients() {
            LongIndex index = new LongIndex();
            index.add(10000001, 80000001);
            index.add(10000002, 80000002);
            index.add(10000003, LongIndex.NONE);
            return index;
        }

        @Override
        public LongIndex clientBranches() {
            LongIndex index = new LongIndex();
            index.add(10000001, 1);
            index.add(10000002, 1);
            index.add(10000003, 1);
            return index;
        }

        @Override
        public Map<String, Long> branches() {
            return Map.of("SH01", 1L, "BJ01", 2L);
        }

        @Override
        public Map<String, User> users() {
            return Map.of("advisor1", new User(11, "ADVISOR", 1L), "advisor5", new User(15, "ADVISOR", 2L),
                    "manager1", new User(2, "MANAGER", 1L));
        }
    };

    private Fixtures() {
    }

    record Validation(int rows, ErrorCollector errors) {
        String messages() {
            return String.join("\n", errors.kept().stream().map(RowError::message).toList());
        }
    }

    static Validation validate(KindImport<?> kind, String csv) {
        return validate(kind, csv.getBytes(StandardCharsets.UTF_8), null);
    }

    static Validation validate(KindImport<?> kind, byte[] bytes, String charset) {
        ErrorCollector errors = new ErrorCollector(ImportService.MAX_REPORTED_ERRORS);
        try (ImportFile file = new ImportFile(() -> new ByteArrayInputStream(bytes), charset)) {
            int rows = new ImportPipeline<>(kind, file, errors).validate(REFERENCES);
            return new Validation(rows, errors);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** A valid resident ID number for the birth date (yyyyMMdd) and a sequence whose parity gives the gender. */
    static String idNumber(String region, String birth, String sequence) {
        String body = region + birth + sequence;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
