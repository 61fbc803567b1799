package com.marginportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The committed production bundle is what the browser tests run on (pom.xml unpacks it for them) and what a production
 * build reuses, so it must be built from today's frontend: every file under {@code frontend/} with the hash the bundle
 * was built from, and the same npm packages as the development bundle.
 */
class ProductionBundleTest {

    private static final Path FRONTEND = Path.of("frontend");
    /** Vaadin writes it in development mode (and .gitignore leaves it out). */
    private static final Path GENERATED = FRONTEND.resolve("generated");
    private static final Path BUNDLES = Path.of("src/main/bundles");
    private static final String REBUILD = "src/main/bundles/prod.bundle is stale: rebuild it with "
            + "`./mvnw -Pproduction package -DskipTests` and commit it";

    @Test
    void isBuiltFromTodaysFrontend() throws Exception {
        JsonNode built = stats("prod.bundle").get("frontendHashes");
        Map<String, String> today = new TreeMap<>();
        Map<String, String> inBundle = new TreeMap<>();
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(GENERATED)).toList()) {
                String name = FRONTEND.relativize(file).toString().replace('\\', '/');
                today.put(name, sha256(file));
                inBundle.put(name, built.path(name).asText("(not in the bundle)"));
            }
        }
        assertThat(today).as("files under frontend/").isNotEmpty();
        assertThat(inBundle).as(REBUILD).isEqualTo(today);
    }

    @Test
    void hasTheDevelopmentBundlesPackages() throws Exception {
        assertThat(stats("prod.bundle").get("packageJsonHash").asText()).as(REBUILD)
                .isEqualTo(stats("dev.bundle").get("packageJsonHash").asText());
    }

    private static JsonNode stats(String bundle) throws IOException {
        try (ZipFile zip = new ZipFile(BUNDLES.resolve(bundle).toFile());
                InputStream in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
