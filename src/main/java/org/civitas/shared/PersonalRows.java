package org.civitas.shared;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows about one account for its data export: each query takes the account id as its only parameter and names its
 * columns as the export shows them ({@code select voted_on as votedOn ...}).
 */
public final class PersonalRows {

    private PersonalRows() {
    }

    public static List<Map<String, Object>> of(JdbcClient jdbc, String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query().listOfRows();
    }
}
