package org.civitas.proposal;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.civitas.identity.ProfileService;
import org.civitas.proposal.internal.Attachment;
import org.civitas.proposal.internal.AttachmentInspector;
import org.civitas.proposal.internal.AttachmentKind;
import org.civitas.proposal.internal.AttachmentRejectedException;
import org.civitas.proposal.internal.AttachmentRepository;
import org.civitas.proposal.internal.Authorship;
import org.civitas.proposal.internal.Proposal;
import org.civitas.proposal.internal.ProposalRules;
import org.civitas.proposal.internal.Thumbnails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures and PDFs of proposals. Uploads are checked by their content, not their name. A picture is stored
 * re-encoded (at most {@value #DISPLAY_SIDE} px), which drops its metadata: phone photos carry the GPS position
 * of where they were taken, often the author's home.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    public static final int MAX_ATTACHMENTS = 10;
    static final int DISPLAY_SIDE = 1600;
    static final int THUMBNAIL_SIDE = 320;

    private final AttachmentRepository attachments;
    private final Authorship authorship;
    private final ProposalRules rules;
    private final ProfileService profiles;
    private final AttachmentInspector inspector = new AttachmentInspector();
    private final Thumbnails thumbnails = new Thumbnails();

    AttachmentService(AttachmentRepository attachments, Authorship authorship, ProposalRules rules,
            ProfileService profiles) {
        this.attachments = attachments;
        this.authorship = authorship;
        this.rules = rules;
        this.profiles = profiles;
    }

    /**
     * @throws ProposalRuleException for a file that is too big, damaged or not what its name says, a picture
     *         without alternative text, or one attachment too many
     */
    @RolesAllowed("RESIDENT")
    @Transactional
    public AttachmentSummary add(long proposalId, String fileName, byte[] content, String altText) {
        Proposal p = authorship.authored(proposalId);
        rules.checkEditable(p.getStatus(), rules.edition(p.getEditionId()));
        if (attachments.countByProposalId(proposalId) >= MAX_ATTACHMENTS) {
            throw new ProposalRuleException("proposal.attachment.too-many", MAX_ATTACHMENTS);
        }
        try {
            var file = inspector.inspect(fileName, content);
            String alt = altText == null ? "" : altText.strip();
            if (file.requiresAltText() && alt.isEmpty()) {
                throw new ProposalRuleException("proposal.attachment.alt-required");
            }
            boolean image = file.kind() == AttachmentKind.IMAGE;
            byte[] stored = image ? thumbnails.thumbnail(content, DISPLAY_SIDE) : content;
            byte[] thumbnail = image ? thumbnails.thumbnail(content, THUMBNAIL_SIDE) : null;
            var storedFile = image ? file.asJpeg() : file;
            return attachments.save(new Attachment(proposalId, storedFile, stored, thumbnail,
                    alt.length() > 300 ? alt.substring(0, 300) : alt, rules.now())).summary();
        } catch (AttachmentRejectedException e) {
            throw new ProposalRuleException(e.messageKey(), e.arguments());
        }
    }

    @RolesAllowed("RESIDENT")
    @Transactional
    public void remove(long proposalId, long attachmentId) {
        Proposal p = authorship.authored(proposalId);
        rules.checkEditable(p.getStatus(), rules.edition(p.getEditionId()));
        attachments.findById(attachmentId).filter(a -> a.getProposalId() == proposalId).ifPresent(attachments::delete);
    }

    /** Public for a public proposal; for a draft, only its authors. */
    public List<AttachmentSummary> of(long proposalId) {
        return visible(proposalId) ? attachments.summaries(proposalId) : List.of();
    }

    public Optional<AttachmentFile> file(long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> visible(a.getProposalId()))
                .map(a -> new AttachmentFile(a.getFileName(), a.getMediaType(), a.getContent()));
    }

    public Optional<byte[]> thumbnail(long attachmentId) {
        return attachments.findById(attachmentId).filter(a -> visible(a.getProposalId()))
                .map(Attachment::getThumbnail);
    }

    private boolean visible(long proposalId) {
        Proposal p = authorship.find(proposalId);
        return p.getStatus().isPublic()
                || profiles.current().map(me -> p.isAuthor(me.id(), me.email())).orElse(false);
    }
}
