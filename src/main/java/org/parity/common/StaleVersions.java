package org.parity.common;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form carries the version of what it edits in a hidden field. A version that is not a number
 * (tampered with, or cut short) is read as a stale one, so the edit is refused as a conflict (409, the
 * form as typed) instead of the field silently binding to 0 and the edit overwriting someone else's.
 */
@ControllerAdvice
class StaleVersions {

    static final long STALE = -1;

    @InitBinder
    void versions(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, "version", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Numbers.whole(text, 0, Long.MAX_VALUE).orElse(STALE));
            }
        });
    }
}
