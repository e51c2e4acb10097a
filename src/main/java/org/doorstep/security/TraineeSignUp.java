package org.doorstep.security;

/** What a trainee types to register with a cohort's join code; the address gets a verification link. */
public record TraineeSignUp(String displayName, String username, String password, String joinCode, String email) {
}
