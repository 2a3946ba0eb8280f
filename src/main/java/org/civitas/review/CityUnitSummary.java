package org.civitas.review;

import org.civitas.budget.LocalizedName;

/** A unit of the city's administration that reviews proposals, e.g. the municipal greenery board. */
public record CityUnitSummary(long id, String code, LocalizedName name) {
}
