package org.civitas.proposal;

import java.math.BigDecimal;

import org.civitas.shared.Language;

/**
 * A proposal in the catalogue: in the reader's language when its author translated it ({@code shownIn}),
 * else as written ({@code shownIn} = {@code original}); {@code thumbnailId} is its first picture, if any.
 */
public record ProposalCard(long id, String title, String summary, Language shownIn, Language original, long poolId,
        long categoryId, BigDecimal totalCost, ProposalStatus status, int supporters, Long thumbnailId) {

    public boolean translated() {
        return shownIn != original;
    }
}
