package org.civitas.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.civitas.shared.Language;

/**
 * A proposal's public page: the text in the reader's language when its author translated it, else as written
 * (then {@code shownIn} = {@code original}, and the page says which language it is in). The description is
 * Markdown, to be rendered safely.
 */
public record ProposalPage(long id, long editionId, String title, String summary, String description,
        Language shownIn, Language original, Set<Language> translations, Long poolId, Long categoryId,
        String address, BigDecimal latitude, BigDecimal longitude, List<CostItemForm> costItems, BigDecimal totalCost,
        ProposalStatus status, String authorName, Instant submittedAt, List<AttachmentSummary> attachments,
        boolean mine, Long mergedIntoId, String hiddenReason) {

    public boolean translated() {
        return shownIn != original;
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
