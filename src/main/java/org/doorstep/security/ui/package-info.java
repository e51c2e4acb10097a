/**
 * The views of signing in, registering, verifying an address, setting and changing a password, and personal
 * settings.
 */
@NullMarked
package org.doorstep.security.ui;

import org.jspecify.annotations.NullMarked;
