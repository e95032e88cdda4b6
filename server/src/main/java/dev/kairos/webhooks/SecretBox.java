package dev.kairos.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals the secrets webhooks must be able to use again (signing secrets, bearer tokens) with
 * AES-256-GCM under a key kept outside the database: {@code KAIROS_WEBHOOKS_SECRET_KEY}, or a key
 * file in the data folder made on first use. A sealed value names its key by a fingerprint, so a
 * node with another key says so rather than sending wrong signatures; each value is bound to its
 * purpose and location, so it cannot be copied to another row.
 */
@Component
class SecretBox {

    private static final byte VERSION = 1;
    private static final int FINGERPRINT = 8;
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookProperties properties;
    private volatile SecretKeySpec key;
    private volatile byte[] fingerprint;

    SecretBox(WebhookProperties properties) {
        this.properties = properties;
    }

    /** {@code plain} sealed for {@code context} (what and whose it is). */
    byte[] seal(byte[] plain, String context) {
        byte[] iv = new byte[IV];
        RANDOM.nextBytes(iv);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, iv, context, plain);
        return ByteBuffer.allocate(1 + FINGERPRINT + IV + sealed.length)
                .put(VERSION)
                .put(fingerprint())
                .put(iv)
                .put(sealed)
                .array();
    }

    /** @throws IllegalStateException when the value was sealed under another key or for another context */
    byte[] open(byte[] sealed, String context) {
        ByteBuffer in = ByteBuffer.wrap(sealed);
        byte[] print = new byte[FINGERPRINT];
        byte[] iv = new byte[IV];
        if (sealed.length <= 1 + FINGERPRINT + IV || in.get() != VERSION) {
            throw new IllegalStateException("not a sealed webhook secret");
        }
        in.get(print).get(iv);
        if (!MessageDigest.isEqual(print, fingerprint())) {
            throw new IllegalStateException("the webhook secret was sealed under another key: give every node the"
                    + " same KAIROS_WEBHOOKS_SECRET_KEY");
        }
        byte[] body = new byte[in.remaining()];
        in.get(body);
        return crypt(Cipher.DECRYPT_MODE, iv, context, body);
    }

    private byte[] crypt(int mode, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open") + " a webhook" + " secret for "
                            + context,
                    e);
        }
    }

    private byte[] fingerprint() {
        key();
        return fingerprint;
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] bytes = configured();
                    fingerprint = Arrays.copyOf(sha256(bytes), FINGERPRINT);
                    key = new SecretKeySpec(bytes, "AES");
                }
                known = key;
            }
        }
        return known;
    }

    private byte[] configured() {
        String text = properties.secretKey() != null && !properties.secretKey().isBlank()
                ? properties.secretKey().strip()
                : keyFile(properties.keyFile());
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the webhooks key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("the webhooks key must be 32 bytes (44 base64 characters)");
        }
        return bytes;
    }

    /** The key file's text, after writing a new random key there if there is none, readable by its owner only. */
    private static String keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path fresh = Files.createTempFile(dir, ".webhooks", ".key");
                if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
                }
                Files.writeString(fresh, Base64.getEncoder().encodeToString(Signature.newKey()));
                try {
                    Files.move(fresh, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.delete(fresh);
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the webhooks key file " + file, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
