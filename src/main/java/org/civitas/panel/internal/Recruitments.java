package org.civitas.panel.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.civitas.panel.AddressImport;
import org.civitas.panel.InvitationBatch;
import org.civitas.panel.LetterTexts;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.PanelStatus;
import org.civitas.panel.Recruitment;
import org.civitas.panel.sortition.SeededRandom;
import org.civitas.shared.Csv;
import org.civitas.shared.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Recruitment by letter while a panel recruits: an address list imported whole or not at all, batches of
 * invitations drawn from the addresses not yet invited with a typed seed (SeededRandom, purpose "invitations", over
 * those addresses in the order imported, so anyone with the list and the seed repeats the batch), a code per letter,
 * and the batch's mailing file and letters.
 */
@Component
public class Recruitments {

    static final String PURPOSE = "invitations";
    static final int MAX_SEED = 200;

    private final Panels panels;
    private final AddressList addresses;
    private final Clock clock;
    private final String baseUrl;
    private final InvitationLettersPdf pdf = new InvitationLettersPdf();

    Recruitments(Panels panels, AddressList addresses, Clock clock, @Value("${civitas.base-url}") String baseUrl) {
        this.panels = panels;
        this.addresses = addresses;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public AddressImport importList(long panelId, byte[] file) {
        recruiting(panelId);
        addresses.lock(panelId);
        AddressFile.Parsed parsed = AddressFile.parse(file, addresses.keys(panelId));
        addresses.add(panelId, parsed.rows());
        return new AddressImport(parsed.rows().size(), parsed.duplicates(), parsed.firstDuplicateLine());
    }

    public InvitationBatch draw(long panelId, int size, String seed) {
        recruiting(panelId);
        String typed = seed == null ? "" : seed.strip();
        if (typed.isEmpty() || typed.length() > MAX_SEED) {
            throw new PanelRuleException("panel.recruitment.error.seed", MAX_SEED);
        }
        addresses.lock(panelId);
        List<Long> candidates = addresses.notInvited(panelId);
        if (candidates.isEmpty()) {
            throw new PanelRuleException("panel.recruitment.error.none-left");
        }
        if (size < 1 || size > candidates.size()) {
            throw new PanelRuleException("panel.recruitment.error.batch-size", candidates.size());
        }
        var codes = new InvitationCodes(addresses.codes(panelId));
        Map<Long, String> invited = new LinkedHashMap<>();
        new SeededRandom(typed, PURPOSE).choose(candidates, size).forEach(id -> invited.put(id, codes.next()));
        int number = addresses.nextBatchNumber(panelId);
        long batchId = addresses.createBatch(panelId, number, typed, size, clock.instant());
        addresses.invite(batchId, invited);
        return addresses.batches(panelId).stream().filter(b -> b.number() == number).findFirst().orElseThrow();
    }

    public Recruitment recruitment(long panelId) {
        panels.get(panelId);
        List<InvitationBatch> batches = addresses.batches(panelId);
        return new Recruitment(addresses.count(panelId), batches.stream().mapToLong(InvitationBatch::size).sum(),
                batches.stream().mapToLong(InvitationBatch::registered).sum(), batches);
    }

    /** The mailing file: one row per letter, for a print shop that prints and posts the letters itself. */
    public String csv(long panelId, int batchNumber) {
        Csv csv = new Csv("address", "postcode", "city", "district", "code");
        letters(panelId, batchNumber).forEach(l -> csv.row(List.of(l.address(), l.postcode(), l.city(),
                l.district(), l.code())));
        return csv.toString();
    }

    /** The letters in Polish (the households are Kraków's), the panel's question in Polish where it has one. */
    public byte[] pdf(long panelId, int batchNumber, LetterTexts texts) {
        List<AddressList.Letter> letters = letters(panelId, batchNumber);
        String question = panels.get(panelId).text(Language.PL).question();
        return pdf.render(question, registrationUrl(panelId), letters, texts,
                texts.text("heading") + " – " + batchNumber);
    }

    public String registrationUrl(long panelId) {
        return baseUrl.replaceAll("/+$", "") + "/panels/" + panelId + "/register";
    }

    /**
     * The invited address whose code a volunteer typed, marked used; the code is optional (null or blank gives
     * null), but a code given must be one of this panel's letters, not used before.
     */
    public Long claim(long panelId, String typed) {
        String code = InvitationCodes.normalized(typed);
        if (code.isEmpty()) {
            return null;
        }
        AddressList.Code found = addresses.findCode(panelId, code)
                .orElseThrow(() -> new PanelRuleException("panel.recruitment.error.code-unknown"));
        if (found.used()) {
            throw new PanelRuleException("panel.recruitment.error.code-used");
        }
        addresses.markUsed(found.addressId(), clock.instant());
        return found.addressId();
    }

    private List<AddressList.Letter> letters(long panelId, int batchNumber) {
        List<AddressList.Letter> letters = addresses.letters(panelId, batchNumber);
        if (letters.isEmpty()) {
            panels.get(panelId);
            throw new NoSuchElementException("No batch " + batchNumber + " of panel " + panelId);
        }
        return letters;
    }

    private void recruiting(long panelId) {
        if (panels.get(panelId).getStatus() != PanelStatus.RECRUITING) {
            throw new PanelRuleException("panel.error.not-recruiting");
        }
    }
}
