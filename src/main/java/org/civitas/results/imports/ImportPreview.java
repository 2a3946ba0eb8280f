package org.civitas.results.imports;

/**
 * What importing a pabulib file will create.
 *
 * @param area      the pool's area as the file names it (district, subunit or unit)
 * @param district  true when the area is one of Kraków's districts, so the pool is that district's
 * @param withdrawn projects left out because the file marks them withdrawn
 * @param rule      how the edition will be counted, and whether that is the file's own rule
 */
public record ImportPreview(String name, String area, boolean district, String voteType, int projects,
        int withdrawn, int ballots, FileRule rule) {
}
