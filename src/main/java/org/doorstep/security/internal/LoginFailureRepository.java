package org.doorstep.security.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByUsernameAndFailedAtAfter(String username, Instant since);

    long countByClientAndFailedAtAfter(String client, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where f.username = :username")
    void deleteByUsername(String username);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    void deleteOlderThan(Instant before);
}
