package org.civitas.notification.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from {@code templates/mail/<name>.html} and {@code .txt}; the words come from the
 * {@code mail/messages_<lang>} bundles, so a template is written once for all six languages.
 */
@Component
public class MailTemplates {

    public record RenderedMail(String subject, String text, String html) {
    }

    private final SpringTemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final SpringTemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final ResourceBundleMessageSource messages = messages();

    /**
     * Renders {@code template} with the texts of {@code kind} ({@code mail.<kind>.*} in the bundles), so that
     * mails of the same shape share one template.
     */
    public RenderedMail render(String template, String kind, Locale locale, Map<String, Object> variables) {
        var context = new Context(locale, variables);
        context.setVariable("kind", kind);
        String subject = messages.getMessage("mail." + kind + ".subject", null, locale);
        return new RenderedMail(subject, text.process(template, context), html.process(template, context));
    }

    /** One text of the mail bundles, without placeholders. */
    public String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private SpringTemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.forLanguageTag("pl"));
        return source;
    }
}
