/**
 * The embedded mode's demo beyond its accounts: a cohort of invented trainees who have taken part of the course,
 * pruned part of a sample network and recorded results, built through each feature's public services. Nothing here
 * runs unless the demo asks for invented people (doorstep.demo-people), which only the embedded mode does.
 */
@NullMarked
package org.doorstep.demo;

import org.jspecify.annotations.NullMarked;
