package org.civitas.panel;

/**
 * What an address list added to the panel's list: the new addresses, and the duplicates left out (within the file
 * or already on the list), with the line of the first one (0 when there was none).
 */
public record AddressImport(int imported, int duplicates, int firstDuplicateLine) {
}
