package dev.kairos.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * An OCI image tarball unpacked into its image layout: the index's one manifest, the image
 * configuration and the layers, each a blob named by its SHA-256 digest.
 */
final class OciImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A layer: its blob (gzipped tar) and the digest of its uncompressed content. */
    record Layer(String mediaType, String digest, Path blob, String diffId) {}

    private final Path layout;
    private final JsonNode index;
    private final JsonNode manifest;
    private final JsonNode config;

    private OciImage(Path layout) {
        this.layout = layout;
        this.index = JSON.readTree(layout.resolve("index.json"));
        this.manifest = JSON.readTree(
                blob(index.path("manifests").path(0).path("digest").asString()));
        this.config = JSON.readTree(blob(manifest.path("config").path("digest").asString()));
    }

    static OciImage unpack(Path tarball, Path layout) throws IOException {
        Tar.extract(Files.newInputStream(tarball), layout);
        return new OciImage(layout);
    }

    JsonNode index() {
        return index;
    }

    JsonNode manifest() {
        return manifest;
    }

    /** The image configuration: {@code os}, {@code architecture}, {@code config}, {@code rootfs}, {@code history}. */
    JsonNode config() {
        return config;
    }

    /** What a container of this image runs: {@code Entrypoint}, {@code Env}, {@code User}, {@code WorkingDir}... */
    JsonNode runConfig() {
        return config.path("config");
    }

    List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        JsonNode diffIds = config.path("rootfs").path("diff_ids");
        JsonNode descriptors = manifest.path("layers");
        for (int i = 0; i < descriptors.size(); i++) {
            String digest = descriptors.path(i).path("digest").asString();
            layers.add(new Layer(
                    descriptors.path(i).path("mediaType").asString(),
                    digest,
                    blob(digest),
                    diffIds.path(i).asString()));
        }
        return layers;
    }

    /** Every blob the manifest names hashes to its digest, and every layer's content to its diff id. */
    void assertIntact() throws IOException {
        JsonNode descriptor = index.path("manifests").path(0);
        assertThat(sha256(Files.newInputStream(blob(descriptor.path("digest").asString()))))
                .isEqualTo(descriptor.path("digest").asString());
        JsonNode configDescriptor = manifest.path("config");
        assertThat(sha256(Files.newInputStream(
                        blob(configDescriptor.path("digest").asString()))))
                .isEqualTo(configDescriptor.path("digest").asString());
        assertThat(config.path("rootfs").path("diff_ids").size())
                .isEqualTo(manifest.path("layers").size());
        for (Layer layer : layers()) {
            assertThat(sha256(Files.newInputStream(layer.blob()))).isEqualTo(layer.digest());
            assertThat(sha256(new GZIPInputStream(Files.newInputStream(layer.blob()))))
                    .isEqualTo(layer.diffId());
        }
    }

    /** Unpacks the layers, in order, into one folder: the container's file system. */
    void extractLayers(Path rootfs) throws IOException {
        for (Layer layer : layers()) {
            Tar.extract(new GZIPInputStream(Files.newInputStream(layer.blob())), rootfs);
        }
    }

    private Path blob(String digest) {
        if (!digest.startsWith("sha256:")) {
            throw new IllegalArgumentException("Not a SHA-256 digest: " + digest);
        }
        return layout.resolve("blobs").resolve("sha256").resolve(digest.substring("sha256:".length()));
    }

    private static String sha256(InputStream content) throws IOException {
        try (DigestInputStream in = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return "sha256:" + HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
