package org.civitas.panel.ui;

/** How a part of a page runs what a button asks: the page shows success or the refusal and then itself anew. */
@FunctionalInterface
interface Act {
    void run(Runnable action, String successKey);
}
