package org.civitas.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.civitas.budget.EditionDetails;
import org.civitas.shared.Language;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class CoAuthorAndAttachmentTest extends IntegrationTest {

    @Autowired
    CoAuthorService coAuthors;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ProposalService proposals;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    ProposalFixtures fixtures;

    EditionDetails edition;
    ProposalFixtures.Submitted proposal;

    @BeforeEach
    void submitted() {
        edition = fixtures.edition();
        proposal = fixtures.submitted(edition, "Ogród społeczny na Kozłówku");
    }

    @Test
    void an_invited_co_author_gets_a_mail_accepts_and_may_then_edit() {
        String friend = accounts.residentOf(proposal.pool().districtId());
        coAuthors.invite(proposal.id(), friend.toUpperCase());
        var mail = TestMail.awaitMail(friend, "co-author", Duration.ofSeconds(20));
        assertThat(TestMail.text(mail)).contains("Ogród społeczny na Kozłówku");

        accounts.signIn(friend);
        assertThatThrownBy(() -> proposals.edit(proposal.id())).isInstanceOf(ProposalRuleException.class);
        assertThat(coAuthors.invitations()).singleElement().extracting(Invitation::proposalId).isEqualTo(proposal.id());
        coAuthors.answer(proposal.id(), true);

        assertThat(proposals.edit(proposal.id()).coAuthors()).singleElement()
                .extracting(CoAuthorSummary::status).isEqualTo(CoAuthorStatus.ACCEPTED);
        assertThat(proposals.mine()).extracting(MyProposal::id).contains(proposal.id());
        assertThatThrownBy(() -> coAuthors.answer(proposal.id(), false)).isInstanceOf(ProposalRuleException.class);
    }

    @Test
    void refuses_a_bad_address_and_a_second_invitation() {
        assertThatThrownBy(() -> coAuthors.invite(proposal.id(), "not an address")).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo("proposal.coauthor.bad-email");
        coAuthors.invite(proposal.id(), "friend@example.org");
        assertThatThrownBy(() -> coAuthors.invite(proposal.id(), "Friend@example.org"))
                .isInstanceOf(ProposalRuleException.class);
    }

    @Test
    void keeps_a_picture_with_its_description_as_a_thumbnail_and_without_its_metadata() throws IOException {
        byte[] png = png(1200, 800);
        var added = attachments.add(proposal.id(), "C:\\Users\\ola\\plac.png", png, "Pusty trawnik przy ulicy");

        assertThat(added.fileName()).isEqualTo("plac.jpg");
        assertThat(added.mediaType()).isEqualTo("image/jpeg");
        assertThat(added.hasThumbnail()).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(catalogue.page(proposal.id(), Language.PL).orElseThrow().attachments()).singleElement()
                .extracting(AttachmentSummary::altText).isEqualTo("Pusty trawnik przy ulicy");
        var cards = catalogue.search(CatalogueQuery.of(edition.id(), Language.PL), 0, 10);
        assertThat(cards).singleElement().extracting(ProposalCard::thumbnailId).isEqualTo(added.id());
        var thumbnail = ImageIO.read(new java.io.ByteArrayInputStream(attachments.thumbnail(added.id()).orElseThrow()));
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(320);
    }

    @Test
    void refuses_a_picture_without_description_a_fake_pdf_and_an_upload_by_a_stranger() throws IOException {
        assertRefused(() -> attachments.add(proposal.id(), "plac.png", png(10, 10), " "),
                "proposal.attachment.alt-required");
        assertRefused(() -> attachments.add(proposal.id(), "plan.pdf", png(10, 10), "Plan"),
                "proposal.attachment.name-mismatch");
        assertRefused(() -> attachments.add(proposal.id(), "plan.pdf", "not a pdf".getBytes(), ""),
                "proposal.attachment.unsupported");
        accounts.signIn(accounts.residentOf(proposal.pool().districtId()));
        assertRefused(() -> attachments.add(proposal.id(), "plac.png", png(10, 10), "Plac"), "proposal.error.not-author");
        accounts.signIn(proposal.author());
        assertThat(attachments.of(proposal.id())).isEmpty();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(ProposalRuleException.class)
                .extracting(e -> ((ProposalRuleException) e).messageKey()).isEqualTo(key);
    }

    private static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(0, 0, width / 2, height / 2);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
