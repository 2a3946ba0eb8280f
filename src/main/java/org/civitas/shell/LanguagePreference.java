package org.civitas.shell;

import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.civitas.identity.ProfileService;
import org.civitas.shared.Language;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Which language a page speaks: the account's language when signed in, else the one this browser chose
 * (a cookie), else the browser's preferred language if Civitas speaks it, else Polish.
 */
@Component
public class LanguagePreference {

    static final String COOKIE = "civitas-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final ProfileService profiles;

    LanguagePreference(ProfileService profiles) {
        this.profiles = profiles;
    }

    public Language resolve(HttpServletRequest request) {
        return profiles.current().map(a -> a.language())
                .or(() -> fromCookie(request))
                .or(() -> Language.firstSupported(Collections.list(request.getLocales())))
                .orElse(Language.DEFAULT);
    }

    /** Keeps the choice in the browser and, for a signed-in person, in the account. */
    public void remember(Language language) {
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        profiles.rememberLanguage(language);
    }

    static Optional<Language> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                        .flatMap(c -> Language.fromCode(c.getValue()));
    }

    static Optional<HttpServletRequest> currentRequest() {
        return Optional.ofNullable(VaadinServletRequest.getCurrent()).map(VaadinServletRequest::getHttpServletRequest);
    }
}
