/**
 * What every feature shares: roles, the signed-in user, time, formats, safe CSV, join codes, the mail outbox and
 * home notices.
 */
@NullMarked
package org.doorstep.base;

import org.jspecify.annotations.NullMarked;
