/**
 * The administration feature's stores, mail and data export and deletion behind its public services.
 */
@NullMarked
package org.doorstep.admin.internal;

import org.jspecify.annotations.NullMarked;
