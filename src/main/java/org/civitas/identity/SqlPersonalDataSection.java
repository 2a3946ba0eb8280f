package org.civitas.identity;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's part of the data export read from its own tables: each query takes the account id as its only
 * parameter and names its columns as the export shows them ({@code select voted_on as votedOn ...}).
 */
public abstract class SqlPersonalDataSection implements PersonalDataSection {

    private final String name;
    private final JdbcClient jdbc;

    protected SqlPersonalDataSection(String name, JdbcClient jdbc) {
        this.name = name;
        this.jdbc = jdbc;
    }

    @Override
    public final String name() {
        return name;
    }

    protected final List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query().listOfRows();
    }

    protected final JdbcClient jdbc() {
        return jdbc;
    }
}
