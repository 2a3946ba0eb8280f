package org.civitas.identity;

/** A password being chosen, for forms that ask for nothing else. */
public class NewPassword {

    @Password
    private String password = "";

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
