/**
 * The security feature's entities, repositories and stores, Spring Security's user details, session tracking and
 * the filters that guard each request.
 */
@NullMarked
package org.doorstep.security.internal;

import org.jspecify.annotations.NullMarked;
