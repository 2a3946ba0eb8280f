package org.civitas.panel;

/** Where a panel stands: volunteers register, then registration is closed, then the panel is drawn. */
public enum PanelStatus {
    RECRUITING, SELECTION, DRAWN;

    public String key() {
        return "panel.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
