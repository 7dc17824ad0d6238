package org.parity.plan;

import org.parity.plan.validation.EditorText;

/** A theme as typed: its title. */
public class ThemeFields {

    @EditorText(max = 500, required = "{editor.error.required.title}")
    private String title;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
