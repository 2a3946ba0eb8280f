package org.civitas.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotas in proportion to the city's population: a feature with share s of the population gets between
 * floor(s x size) and ceil(s x size) seats, so the panel mirrors the city as closely as whole seats allow.
 */
public final class QuotaShares {

    /** One feature's share of the population, in percent (e.g. Nowa Huta, 6.9). */
    public record Share(String feature, BigDecimal percent) {
    }

    private QuotaShares() {
    }

    /** The quotas of one category for a panel of {@code size}; the shares must add up to 100 % (± 0.5). */
    public static List<Quota> quotas(String category, List<Share> shares, int size) {
        BigDecimal total = shares.stream().map(Share::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (shares.isEmpty() || total.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.5")) > 0) {
            throw new PanelRuleException("panel.error.shares-total", total.stripTrailingZeros().toPlainString());
        }
        List<Quota> quotas = new ArrayList<>();
        for (Share share : shares) {
            if (share.percent().signum() < 0) {
                throw new PanelRuleException("panel.error.share-negative", share.feature());
            }
            BigDecimal seats = share.percent().multiply(BigDecimal.valueOf(size)).divide(BigDecimal.valueOf(100));
            quotas.add(new Quota(category, share.feature(), seats.setScale(0, RoundingMode.FLOOR).intValue(),
                    seats.setScale(0, RoundingMode.CEILING).intValue()));
        }
        return quotas;
    }
}
