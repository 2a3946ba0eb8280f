package org.civitas.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civitas.shared.Language;

/**
 * What a new resident types to register. A bean, not a record, so that the form binds to it and the
 * service validates the very same constraints again.
 */
public class Registration {

    @NotBlank(message = "{identity.email.required}")
    @Email(message = "{identity.email.invalid}")
    @Size(max = 254, message = "{identity.email.too-long}")
    private String email = "";

    @NotBlank(message = "{identity.name.required}")
    @Size(max = 100, message = "{identity.name.too-long}")
    private String displayName = "";

    @Password
    private String password = "";

    @NotNull
    private Language language = Language.DEFAULT;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }
}
