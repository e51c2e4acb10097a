/**
 * Doorstep, a training platform for a LinkedIn network of real relationships: the application's entry point, with
 * one sub-package per feature.
 */
@NullMarked
package org.doorstep;

import org.jspecify.annotations.NullMarked;
