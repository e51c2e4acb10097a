/**
 * The demo's own builders: the invented cohort's course activity and its finished workshop, made through each
 * feature's public services.
 */
@NullMarked
package org.doorstep.demo.internal;

import org.jspecify.annotations.NullMarked;
