package org.civitas.proposal.internal;

import java.time.Clock;
import java.util.List;

import org.civitas.proposal.ProposalForm;
import org.civitas.proposal.ProposalVersionSummary;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Keeps every submitted version of a proposal, whole, as JSON. */
@Component
public class Versions {

    private final ProposalVersionRepository versions;
    private final ObjectMapper json;
    private final Clock clock;

    Versions(ProposalVersionRepository versions, ObjectMapper json, Clock clock) {
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    public void keep(Proposal proposal, long editorId) {
        int number = versions.lastNumber(proposal.getId()) + 1;
        versions.save(new ProposalVersion(proposal.getId(), number, editorId, clock.instant(), write(proposal.form())));
    }

    public List<ProposalVersionSummary> of(long proposalId) {
        return versions.findByProposalIdOrderByNumberDesc(proposalId).stream()
                .map(v -> new ProposalVersionSummary(v.getNumber(), v.getCreatedAt(), read(v.getSnapshot()))).toList();
    }

    private String write(ProposalForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A proposal could not be written as JSON", e);
        }
    }

    private ProposalForm read(String snapshot) {
        try {
            return json.readValue(snapshot, ProposalForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept version could not be read", e);
        }
    }
}
