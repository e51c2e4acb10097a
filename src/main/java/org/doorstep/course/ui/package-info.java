/**
 * The course views: the course map, the lesson player and its step views, learning records and authoring.
 */
@NullMarked
package org.doorstep.course.ui;

import org.jspecify.annotations.NullMarked;
