package org.civitas.results;

import java.util.List;

/**
 * An official published an edition's results; the lists hold proposal ids over all the edition's pools. Published once
 * per edition: the implementation tracker and the mails about results react to it.
 */
public record ResultsPublished(long editionId, List<Long> funded, List<Long> unfunded) {

    public ResultsPublished {
        funded = List.copyOf(funded);
        unfunded = List.copyOf(unfunded);
    }
}
