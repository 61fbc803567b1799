package com.marginportal.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The template an admin downloads is a file the importer takes: every column found, none unknown, either language. */
class ImportTemplateTest {

    static Stream<Arguments> kindsAndLanguages() {
        List<KindImport<?>> kinds = List.of(new SecuritiesImport(), new PricesImport(), new PositionsImport(),
                new BalancesImport(), new ClientsImport(ImportProperties.defaults()), new TradesImport(), new HolidaysImport());
        assertThat(kinds.stream().map(KindImport::kind)).containsExactlyInAnyOrder(ImportKind.values());
        return kinds.stream().flatMap(k -> Stream.of(Arguments.of(k.kind(), k, true), Arguments.of(k.kind(), k, false)));
    }

    @ParameterizedTest(name = "{0}, Chinese headers: {2}")
    @MethodSource("kindsAndLanguages")
    void theTemplatesHeaderIsReadAsEveryColumnOfItsKind(ImportKind name, KindImport<?> kind, boolean chinese) throws Exception {
        byte[] template = Column.csvTemplate(kind.columns(), chinese);
        assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFF").endsWith("\r\n");

        try (ImportFile file = new ImportFile(() -> new ByteArrayInputStream(template), null);
             TableReader reader = file.open()) {
            SourceRow header = reader.header();
            ErrorCollector errors = new ErrorCollector(100);
            Header resolved = Header.resolve(header, kind.columns(), errors);

            assertThat(errors.kept()).isEmpty();
            assertThat(header.cells()).hasSize(kind.columns().size());
            kind.columns().forEach(c -> assertThat(resolved.has(c)).as(c.name()).isTrue());
            assertThat(reader.next()).as("a header and no rows").isNull();
        }
    }
}
