package org.nearpeer.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Keycloak version the build unpacked (filtered from the parent pom). */
final class KeycloakVersion {

    static final String VERSION = load();

    private KeycloakVersion() {
    }

    private static String load() {
        try (InputStream in = KeycloakVersion.class.getResourceAsStream("versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
