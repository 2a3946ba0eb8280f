package org.civitas.identity;

/** A person erased their account: modules that keep copies of their name or contact erase those too. */
public record AccountErased(long accountId) {
}
