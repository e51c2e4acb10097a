package org.doorstep.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Transactional
    @Modifying
    @Query("update UserAccount a set a.passwordHash = :newHash where a.username = :username and a.passwordHash = :oldHash")
    int replacePasswordHash(String username, String oldHash, String newHash);
}
