package org.civitas.budget;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civitas.shared.Language;

/** A name typed in the six languages; Polish is required, an empty one falls back to Polish when shown. */
public class NamesForm {

    @NotBlank(message = "{budget.name.polish-required}")
    @Size(max = 200, message = "{budget.name.too-long}")
    private String pl = "";
    @Size(max = 200, message = "{budget.name.too-long}")
    private String en = "";
    @Size(max = 200, message = "{budget.name.too-long}")
    private String uk = "";
    @Size(max = 200, message = "{budget.name.too-long}")
    private String be = "";
    @Size(max = 200, message = "{budget.name.too-long}")
    private String ru = "";
    @Size(max = 200, message = "{budget.name.too-long}")
    private String ka = "";

    public static NamesForm of(LocalizedName name) {
        var form = new NamesForm();
        name.texts().forEach(form::set);
        return form;
    }

    public String get(Language language) {
        return switch (language) {
            case PL -> pl;
            case EN -> en;
            case UK -> uk;
            case BE -> be;
            case RU -> ru;
            case KA -> ka;
        };
    }

    public NamesForm set(Language language, String text) {
        switch (language) {
            case PL -> pl = text;
            case EN -> en = text;
            case UK -> uk = text;
            case BE -> be = text;
            case RU -> ru = text;
            case KA -> ka = text;
        }
        return this;
    }

    // the bean properties, one per language code, so that a BeanValidationBinder binds them by name
    public String getPl() { return pl; }
    public void setPl(String pl) { this.pl = pl; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getUk() { return uk; }
    public void setUk(String uk) { this.uk = uk; }
    public String getBe() { return be; }
    public void setBe(String be) { this.be = be; }
    public String getRu() { return ru; }
    public void setRu(String ru) { this.ru = ru; }
    public String getKa() { return ka; }
    public void setKa(String ka) { this.ka = ka; }
}
