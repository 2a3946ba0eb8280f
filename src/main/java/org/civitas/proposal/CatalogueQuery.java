package org.civitas.proposal;

import org.civitas.shared.Language;

/**
 * What a reader asks of the catalogue: an edition, words to search for, filters (null: any) and an order.
 * {@code reader} is the language to show titles in where the author translated them (null: always the original).
 */
public record CatalogueQuery(long editionId, String text, Long poolId, Long categoryId, ProposalStatus status,
        Language language, Order order, Language reader) {

    public enum Order {
        NEWEST, MOST_SUPPORTED, LEAST_SUPPORTED, CHEAPEST, COSTLIEST;

        public String translationKey() {
            return "proposal.catalogue.order." + name().toLowerCase();
        }
    }

    public static CatalogueQuery of(long editionId, Language reader) {
        return new CatalogueQuery(editionId, "", null, null, null, null, Order.NEWEST, reader);
    }
}
