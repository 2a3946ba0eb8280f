package org.civitas.panel.api;

import java.util.NoSuchElementException;

import org.civitas.panel.DeliberationService;
import org.civitas.panel.PanelRuleException;
import org.civitas.panel.internal.PanelFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open data of a panel's draw, no login: the pool and the quotas in {@code select-panel}'s format once registration
 * has ended (409 before), every probability after the draw (409 before), and the learning materials' PDFs. An
 * unknown panel or material is a 404.
 */
@RestController
@RequestMapping("/api/v1/panels/{panelId}")
@Transactional(readOnly = true)
class PanelFilesApi {

    private static final String CSV = "text/csv;charset=UTF-8";

    private final PanelFiles files;
    private final DeliberationService deliberation;

    PanelFilesApi(PanelFiles files, DeliberationService deliberation) {
        this.files = files;
        this.deliberation = deliberation;
    }

    /** A learning material's PDF: public, like the panel's page that lists it. */
    @GetMapping("/materials/{materialId}.pdf")
    ResponseEntity<byte[]> material(@PathVariable long panelId, @PathVariable long materialId) {
        var document = deliberation.document(panelId, materialId).orElseThrow(NoSuchElementException::new);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }

    @GetMapping(value = "/respondents.csv", produces = CSV)
    String respondents(@PathVariable long panelId) {
        return files.respondents(panelId);
    }

    @GetMapping(value = "/categories.csv", produces = CSV)
    String categories(@PathVariable long panelId) {
        return files.categories(panelId);
    }

    @GetMapping(value = "/probabilities.csv", produces = CSV)
    String probabilities(@PathVariable long panelId) {
        return files.probabilities(panelId);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "No such panel\n";
    }

    @ExceptionHandler(PanelRuleException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notYet(PanelRuleException e) {
        return e.messageKey() + "\n";
    }
}
