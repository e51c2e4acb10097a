/**
 * The workshop feature's store of sessions and answers, the live rooms kept in step across instances, invitations
 * and the agenda.
 */
@NullMarked
package org.doorstep.workshop.internal;

import org.jspecify.annotations.NullMarked;
