package org.civitas.identity;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civitas.identity.internal.LoginThrottle;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Signs a person in from the login view. Done here rather than by a login form POST, so that the view can
 * answer in the person's language: throttled, not yet verified, or wrong email or password.
 */
@Service
public class LoginService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoginService.class);

    private final AuthenticationManager authenticationManager;
    private final TokenBasedRememberMeServices rememberMe;
    private final LoginThrottle throttle;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginService(AuthenticationManager authenticationManager, TokenBasedRememberMeServices rememberMe,
            LoginThrottle throttle) {
        this.authenticationManager = authenticationManager;
        this.rememberMe = rememberMe;
        this.throttle = throttle;
    }

    public LoginResult login(String email, String password, boolean remember, HttpServletRequest request,
            HttpServletResponse response) {
        String key = AccountService.normalise(email);
        Duration wait = throttle.waitFor(key);
        if (!wait.isZero()) {
            return new LoginResult(LoginResult.Outcome.THROTTLED, wait);
        }
        Authentication auth;
        try {
            auth = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(key, password));
        } catch (DisabledException e) {
            return LoginResult.of(LoginResult.Outcome.NOT_VERIFIED);
        } catch (AuthenticationException e) {
            throttle.failed(key, request.getRemoteAddr());
            return LoginResult.of(LoginResult.Outcome.BAD_CREDENTIALS);
        }
        throttle.succeeded(key);
        log.info("Signed in account {}", key);
        request.changeSessionId(); // no session fixation
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (remember) {
            rememberMe.onLoginSuccess(request, response, auth);
        }
        return LoginResult.of(LoginResult.Outcome.SIGNED_IN);
    }
}
