package org.civitas.voting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.civitas.voting.VoterIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a voter's identity into the only trace Civitas keeps of it: HMAC-SHA-256 under a server secret. The
 * secret comes from {@code CIVITAS_VOTING_SECRET} in production; the demo keeps a random one beside its
 * database; with neither, Civitas refuses to start rather than hash identities under a guessable key.
 */
@Component
public class IdentityKeys {

    private static final Logger log = LoggerFactory.getLogger(IdentityKeys.class);
    private static final int MIN_SECRET_LENGTH = 32;
    private final SecretKeySpec key;

    IdentityKeys(@Value("${civitas.voting.identity-secret:}") String secret,
            @Value("${civitas.voting.secret-file:}") String secretFile) {
        String value = secret.isBlank() && !secretFile.isBlank() ? fromFile(Path.of(secretFile)) : secret;
        if (value.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("Set CIVITAS_VOTING_SECRET (civitas.voting.identity-secret) to a random "
                    + "value of at least " + MIN_SECRET_LENGTH + " characters: voters' identities are hashed with it");
        }
        key = new SecretKeySpec(value.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 64 hex digits; the same person always gives the same hash under the same secret. */
    public String hash(VoterIdentity identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(identity.normalised().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getEncoder().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, secret);
            log.info("Made a new voting secret in {} for this demo database", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
