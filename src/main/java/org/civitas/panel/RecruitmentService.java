package org.civitas.panel;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.panel.internal.Recruitments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment by letter, for coordinators only (the list holds residents' addresses): import the address list,
 * draw invitation batches with a seed, download each batch's mailing file and letters, and watch the response.
 * Residents give a letter's code when they register (see {@link VolunteerService}).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({"OFFICIAL", "ADMIN"})
public class RecruitmentService {

    /** The largest address list taken, in megabytes and in rows. */
    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_ROWS = 100_000;

    private final Recruitments recruitments;

    RecruitmentService(Recruitments recruitments) {
        this.recruitments = recruitments;
    }

    /** Adds a CSV address list to the panel's, all of it or (when any line is wrong) none of it. */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public AddressImport importAddresses(long panelId, byte[] csv) {
        return recruitments.importList(panelId, csv);
    }

    /** Invites {@code size} addresses not invited yet, drawn with the seed, each with its own letter code. */
    @Transactional
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public InvitationBatch drawBatch(long panelId, int size, String seed) {
        return recruitments.draw(panelId, size, seed);
    }

    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public Recruitment recruitment(long panelId) {
        return recruitments.recruitment(panelId);
    }

    /** The batch's mailing file: address, postcode, city, district and code per letter (UTF-8 CSV). */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public byte[] batchCsv(long panelId, int batchNumber) {
        return recruitments.csv(panelId, batchNumber).getBytes(StandardCharsets.UTF_8);
    }

    /** The batch's letters, a page each, as a printable PDF. */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public byte[] letters(long panelId, int batchNumber, LetterTexts texts) {
        return recruitments.pdf(panelId, batchNumber, texts);
    }

    /** The page where an invited resident registers, as printed on the letters. */
    @RolesAllowed({"OFFICIAL", "ADMIN"})
    public String registrationUrl(long panelId) {
        return recruitments.registrationUrl(panelId);
    }
}
