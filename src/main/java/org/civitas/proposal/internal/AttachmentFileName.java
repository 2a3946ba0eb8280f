package org.civitas.proposal.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a resident's file had, split into base and extension and made safe to store, show and send
 * back in a Content-Disposition header.
 */
final class AttachmentFileName {

    static final int MAX_LENGTH = 120;

    private static final String FALLBACK_BASE = "attachment";
    // Format characters (Cf) go too: a right-to-left override can make "gpj.exe" look like "exe.jpg".
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd} ._()\\-]");
    private static final Pattern SPACES = Pattern.compile("\\p{Z}+");
    // "Plan v1.2" has no extension: a real one is short and has a letter.
    private static final Pattern EXTENSION = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,5}");

    private final String base;
    private final String extension;

    private AttachmentFileName(String base, String extension) {
        this.base = base;
        this.extension = extension;
    }

    static AttachmentFileName of(String uploadedName) {
        String name = lastSegment(uploadedName == null ? "" : uploadedName);
        // Files from macOS arrive decomposed: without this "ó" would lose its accent below.
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
            return new AttachmentFileName(name.substring(0, dot), name.substring(dot + 1));
        }
        return new AttachmentFileName(name, null);
    }

    /** Without the dot, as the resident wrote it. */
    Optional<String> extension() {
        return Optional.ofNullable(extension);
    }

    boolean hasExtensionIn(List<String> lowerCaseExtensions) {
        return extension != null && lowerCaseExtensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Never empty, at most {@link #MAX_LENGTH} characters, with the given extension if the name had none. */
    String safe(String extensionIfMissing) {
        String ext = extension != null ? extension : extensionIfMissing;
        String cleaned = SPACES.matcher(base).replaceAll(" ");
        cleaned = trimSpacesAndDots(NOT_ALLOWED.matcher(cleaned).replaceAll(""));
        cleaned = trimSpacesAndDots(truncate(cleaned, MAX_LENGTH - 1 - ext.length()));
        return (cleaned.isEmpty() ? FALLBACK_BASE : cleaned) + "." + ext;
    }

    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    // Leading dots hide files on Unix; trailing dots and spaces are dropped silently by Windows.
    private static String trimSpacesAndDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String truncate(String s, int maxChars) {
        if (s.length() <= maxChars) {
            return s;
        }
        int end = maxChars;
        // Cutting between the two halves of a surrogate pair would leave an invalid character.
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
