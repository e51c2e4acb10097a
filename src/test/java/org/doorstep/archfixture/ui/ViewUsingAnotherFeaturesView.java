package org.doorstep.archfixture.ui;

import org.doorstep.workshop.ui.RoomView;

/** Breaks the view rule on purpose (another feature's view), so ArchitectureTest can show the rule is live. */
public class ViewUsingAnotherFeaturesView {

    public Class<?> elsewhere() {
        return RoomView.class;
    }
}
