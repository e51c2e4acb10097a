/**
 * The application's shell and the components every feature's views share: main layout, home view, charts, figures,
 * downloads and QR codes.
 */
@NullMarked
package org.doorstep.base.ui;

import org.jspecify.annotations.NullMarked;
