package org.civitas.identity;

/**
 * A module's part of a person's data export (GDPR art. 15 and 20): what that module holds about an account, so the
 * export in {@link ProfileService#exportMyData()} is whole without identity knowing every module's tables. Each
 * module that stores something about an account provides one as a bean.
 */
public interface PersonalDataSection {

    /** The key of this part in the export, e.g. {@code "proposals"}. */
    String name();

    /** What the module holds about the account, as JSON-friendly values (records, lists, maps); never null. */
    Object of(long accountId);
}
