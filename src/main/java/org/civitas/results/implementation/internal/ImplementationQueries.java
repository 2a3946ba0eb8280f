package org.civitas.results.implementation.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.civitas.results.implementation.ImplementationQuery;
import org.civitas.results.implementation.ImplementationSummary;
import org.springframework.stereotype.Component;

/** One page of an edition's funded projects, filtered by status and pool, in a stable order (pool, then title). */
@Component
public class ImplementationQueries {

    private final EntityManager entities;

    ImplementationQueries(EntityManager entities) {
        this.entities = entities;
    }

    public List<ImplementationSummary> page(ImplementationQuery query, int offset, int limit) {
        var select = typed("select i from Implementation i", " order by i.poolId, i.title, i.proposalId", query,
                Implementation.class);
        return select.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(Implementation::summary).toList();
    }

    public int count(ImplementationQuery query) {
        return typed("select count(i) from Implementation i", "", query, Long.class).getSingleResult().intValue();
    }

    private <T> TypedQuery<T> typed(String select, String order, ImplementationQuery query, Class<T> type) {
        String where = " where i.editionId = :edition" + (query.status() == null ? "" : " and i.status = :status")
                + (query.poolId() == null ? "" : " and i.poolId = :pool");
        TypedQuery<T> typed = entities.createQuery(select + where + order, type);
        typed.setParameter("edition", query.editionId());
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.poolId() != null) {
            typed.setParameter("pool", query.poolId());
        }
        return typed;
    }
}
