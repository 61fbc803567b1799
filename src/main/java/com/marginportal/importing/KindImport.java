package com.marginportal.importing;

import java.util.List;

/**
 * One kind of import file: its columns, how a row is parsed (cell checks, no database), and a session
 * per file that checks references and duplicates (pass 1) and writes rows in chunks (pass 2).
 */
interface KindImport<T> {

    ImportKind kind();

    List<Column> columns();

    /** The row's value, or {@code null} when a cell is bad (the errors are in {@code cells}). */
    T parse(Cells cells);

    Session<T> session(References references, Header header);

    /** State for one file. */
    interface Session<T> {

        /** Pass 1: references and duplicate keys across the file. */
        void check(T row, int rowNumber, ErrorCollector errors);

        /** Pass 2, before the first chunk (e.g. clear what a snapshot replaces). */
        default void beforeWrite(Writes writes) {
        }

        /** Pass 2: one chunk of valid rows, in file order. */
        void write(List<T> rows, Writes writes);

        /**
         * After the last chunk, inside the import's transaction: the clients whose data the file changed
         * (all when the kind cannot tell).
         */
        default AffectedClients affected(Writes writes) {
            return AffectedClients.all();
        }
    }
}
