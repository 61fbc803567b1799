package com.marginportal.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.marginportal.security.PlainText;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two passes over one file. Pass 1 streams, parses and checks every row, keeping only compact key
 * sets; pass 2 (only when pass 1 found nothing wrong) streams the file again and writes it in chunks
 * inside one transaction, so an import is all-or-nothing and memory stays bounded by the chunk size.
 */
final class ImportPipeline<T> {

    static final int CHUNK = 1000;

    private final KindImport<T> kind;
    private final ImportFile file;
    private final ErrorCollector errors;
    private Header header;
    private KindImport.Session<T> session;
    private int rows;

    ImportPipeline(KindImport<T> kind, ImportFile file, ErrorCollector errors) {
        this.kind = kind;
        this.file = file;
        this.errors = errors;
    }

    /** Pass 1; returns the number of data rows. Errors go to the collector; file problems throw {@link FileRejected}. */
    int validate(References references) throws IOException {
        try (TableReader reader = file.open()) {
            header = Header.resolve(reader.header(), kind.columns(), errors);
            if (!errors.isEmpty()) {
                return 0;
            }
            session = kind.session(references, header);
            Cells cells = new Cells(header, errors);
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                T value = plainText(row) && header.fits(row, errors) ? kind.parse(cells.on(row)) : null;
                if (value != null) {
                    session.check(value, row.number(), errors);
                }
            }
        }
        if (rows == 0 && errors.isEmpty()) {
            throw new FileRejected("the file has a header but no data rows");
        }
        return rows;
    }

    /** Every cell is a single-line value: a control character (CR/LF, NUL, …) is an error of its cell. */
    private boolean plainText(SourceRow row) {
        boolean clean = true;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            java.util.Optional<String> problem = PlainText.problem(cell, false);
            if (problem.isPresent()) {
                errors.add(row.number(), header.nameAt(i), PlainText.escape(cell), problem.get());
                clean = false;
            }
        }
        return clean;
    }

    /**
     * Pass 2, in one transaction; {@code beforeCommit} runs inside it after the last chunk, with the clients the
     * file changed.
     */
    void write(TransactionTemplate tx, Writes writes, java.util.function.Consumer<AffectedClients> beforeCommit) {
        if (session == null || !errors.isEmpty()) {
            throw new IllegalStateException("only a validated file without errors is written");
        }
        tx.executeWithoutResult(status -> {
            session.beforeWrite(writes);
            int written = 0;
            try (TableReader reader = file.open()) {
                reader.header();
                Cells cells = new Cells(header, new ErrorCollector(1));
                List<T> chunk = new ArrayList<>(CHUNK);
                for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                    T value = kind.parse(cells.on(row));
                    if (value == null) {
                        throw new IllegalStateException("row " + row.number() + " changed between the two passes");
                    }
                    chunk.add(value);
                    if (chunk.size() == CHUNK) {
                        written += flush(chunk, writes);
                    }
                }
                written += flush(chunk, writes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (written != rows) {
                throw new IllegalStateException("the file changed between the two passes: " + rows + " rows, then " + written);
            }
            beforeCommit.accept(affected(writes));
        });
    }

    /** The clients the validated file changes (called by the write pass; tests ask directly). */
    AffectedClients affected(Writes writes) {
        return session.affected(writes);
    }

    private int flush(List<T> chunk, Writes writes) {
        int n = chunk.size();
        if (n > 0) {
            session.write(chunk, writes);
            chunk.clear();
        }
        return n;
    }
}
