package org.civitas.identity.internal;

import org.civitas.identity.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final int REMEMBER_ME_SECONDS = 30 * 24 * 3600;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, TokenBasedRememberMeServices rememberMe)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/api/**").permitAll()
                .requestMatchers("/actuator/**").denyAll());
        http.rememberMe(r -> r.rememberMeServices(rememberMe));
        http.headers(h -> h.referrerPolicy(p -> p.policy(
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Views guard themselves (@AnonymousAllowed, @PermitAll, @RolesAllowed) and services check roles, so any
        // other path may pass the filter: a mistyped link then gets a friendly "not found", not a sign-in form.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.permitAll())).build();
    }

    /** Adaptive hashing (bcrypt by default), with the algorithm named in each hash so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    TokenBasedRememberMeServices rememberMeServices(@Value("${civitas.secret}") String secret,
            AccountUserDetailsService users) {
        var services = new TokenBasedRememberMeServices(secret, users,
                TokenBasedRememberMeServices.RememberMeTokenAlgorithm.SHA256);
        services.setTokenValiditySeconds(REMEMBER_ME_SECONDS);
        services.setCookieName("civitas-remember");
        return services;
    }
}
