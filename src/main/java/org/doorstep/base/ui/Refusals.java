package org.doorstep.base.ui;

import com.vaadin.flow.component.UI;
import org.doorstep.base.Refusal;

/** How every view words a refusal: the message its key names, in the person's language, with its arguments. */
public final class Refusals {

    private Refusals() {
    }

    public static String message(Refusal refused) {
        return UI.getCurrent().getTranslation(refused.messageKey(), refused.arguments());
    }
}
