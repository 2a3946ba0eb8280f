package org.civitas.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.civitas.shared.Language;

/** The editable part of a resident's profile. */
public class ProfileData {

    @NotBlank(message = "{identity.name.required}")
    @Size(max = 100, message = "{identity.name.too-long}")
    private String displayName = "";

    @NotNull
    private Language language = Language.DEFAULT;

    /** The district of residence; none for a resident who has not said. */
    private Long districtId;

    /** Optional; an edition with a minimum age asks for it. */
    @jakarta.validation.constraints.Past(message = "{identity.birth-date.past}")
    private java.time.LocalDate birthDate;

    public java.time.LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(java.time.LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }
}
