package org.doorstep.security.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    long countByUsernameAndFailedAtAfter(String username, Instant since);

    long countByClientAndFailedAtAfter(String client, Instant since);

    @Transactional
    @Modifying
    @Query("delete from LoginFailure f where f.username = :username")
    void deleteByUsername(String username);

    @Transactional
    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    void deleteOlderThan(Instant before);
}
